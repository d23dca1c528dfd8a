package org.genobay.cohorts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/cohorts")
@Tag(name = "cohorts", description = "cohort builder: counts over clinical and genomic criteria, saved cohorts")
class CohortsApi {

    static final String CRITERIA = "criteria: {\"all\": [criterion, …]}, each criterion one of"
            + " {\"type\":\"diagnosis\",\"code\":\"I42\"} (ICD-10, codes below included),"
            + " {\"type\":\"phenotype\",\"term\":\"HP:0001638\"} (HPO, descendants included),"
            + " {\"type\":\"sex\",\"sex\":\"FEMALE\"}, {\"type\":\"age\",\"min\":18,\"max\":65},"
            + " {\"type\":\"population\",\"code\":\"GBR\"}, {\"type\":\"specimen\",\"specimenType\":\"DNA\"},"
            + " {\"type\":\"variant\",\"dataset\":1,\"variant\":\"22-16050075-A-G\"},"
            + " {\"type\":\"rare-variant\",\"dataset\":1,\"region\":\"22:16050000-16060000\",\"maxAf\":0.01}.";

    private final Cohorts cohorts;
    private final CohortComparisons comparisons;

    CohortsApi(Cohorts cohorts, CohortComparisons comparisons) {
        this.cohorts = cohorts;
        this.comparisons = comparisons;
    }

    record NewCohort(String name, JsonNode criteria) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Save a cohort: its criteria, the counts now and a snapshot of the members you may see",
            description = "name: 1 to 100 letters, digits, spaces or . _ ( ) -, unique among your cohorts; " + CRITERIA)
    CohortView save(CurrentUser user, @RequestBody NewCohort body) {
        return cohorts.save(body.name(), body.criteria(), user);
    }

    @GetMapping
    @Operation(summary = "Your saved cohorts, newest first (without members)")
    List<CohortView> list(CurrentUser user) {
        return cohorts.list(user);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One of your saved cohorts with its members now",
            description = "The snapshot less whoever has withdrawn since, or was reached under a grant that ended.")
    CohortView get(CurrentUser user, @PathVariable long id) {
        return cohorts.get(id, user);
    }

    @GetMapping("/{id}/frequencies")
    @Operation(
            summary = "Allele frequencies in the cohort against the rest of a variant dataset's samples",
            description = "dataset: one of your institution's variant datasets; region (CHROM:START-END) or variant"
                    + " (CHROM-POS-REF-ALT or an ID). For each variant: AC, AN, AF in the cohort's genome samples"
                    + " and in every other sample of the dataset, and Fisher's exact two-sided p.")
    CohortComparisons.Comparison frequencies(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam long dataset,
            @RequestParam Optional<String> region,
            @RequestParam Optional<String> variant) {
        return comparisons.compare(id, dataset, region, variant, user);
    }

    @PostMapping("/count")
    @Operation(
            summary = "Count the participants meeting the criteria",
            description = CRITERIA
                    + " own: exact count of your institution's participants who have not withdrawn; shared: per"
                    + " dataset of another institution you may count, under the small-count rule.")
    CohortCount count(CurrentUser user, @RequestBody JsonNode criteria) {
        return cohorts.count(criteria, user);
    }
}
