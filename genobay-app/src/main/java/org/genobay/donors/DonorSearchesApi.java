package org.genobay.donors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.hla.match.Locus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/donor-searches")
@Tag(name = "donor searches", description = "patient searches for HLA-matched donors and cord-blood units, saved")
class DonorSearchesApi {

    private final DonorSearches searches;

    DonorSearchesApi(DonorSearches searches) {
        this.searches = searches;
    }

    record SearchBody(
            String patient,
            String typing,
            Set<Locus> loci,
            Integer maxMismatches,
            Set<CandidateKind> kinds,
            BigDecimal weightKg) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Search the institution's AVAILABLE donors and RELEASED cord-blood units for a patient",
            description = "loci: A,B,C,DRB1 (8/8; the default adds DQB1 for 10/10), DPB1 for 12/12; maxMismatches 0, 1"
                    + " or 2 (default 1); kinds DONOR, UNIT (default both); weightKg for the cell dose of units. Ranked"
                    + " by mismatches, untyped loci, grades, confidences, then for units cord-blood match count (A, B"
                    + " antigen level, DRB1 allele level) and TNC/kg; units below the minimum TNC dose are flagged"
                    + " belowDose. The search is saved with its results.")
    DonorSearches.SearchView search(CurrentUser user, @RequestBody SearchBody body) {
        return searches.search(
                new SearchRequest(
                        body.patient(),
                        body.typing(),
                        body.loci() == null ? Locus.TEN : body.loci(),
                        body.maxMismatches() == null ? 1 : body.maxMismatches(),
                        body.kinds(),
                        Optional.ofNullable(body.weightKg())),
                user);
    }

    @GetMapping
    @Operation(summary = "The institution's saved searches, newest first, each saying whether typings changed since")
    List<DonorSearches.SearchSummary> list(CurrentUser user) {
        return searches.list(user);
    }

    @GetMapping("/{code}")
    @Operation(summary = "A saved search with its results as they were when it ran")
    DonorSearches.SearchView get(CurrentUser user, @PathVariable String code) {
        return searches.get(code, user);
    }

    @PostMapping("/{code}/rerun")
    @Operation(summary = "Run a saved search again on the current typings, replacing its results")
    DonorSearches.SearchView rerun(CurrentUser user, @PathVariable String code) {
        return searches.rerun(code, user);
    }
}
