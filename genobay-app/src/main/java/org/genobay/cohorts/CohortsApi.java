package org.genobay.cohorts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.genobay.accounts.CurrentUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    CohortsApi(Cohorts cohorts) {
        this.cohorts = cohorts;
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
