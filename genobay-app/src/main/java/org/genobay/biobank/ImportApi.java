package org.genobay.biobank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "imports", description = "bulk import of participants and specimens from CSV, all or nothing")
class ImportApi {

    private final SpecimenImport imports;

    ImportApi(SpecimenImport imports) {
        this.imports = imports;
    }

    @PostMapping(
            path = "/api/imports/specimens",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Import participants and their primary specimens from CSV (one specimen per row)",
            description = "Columns (header line, lower case, any order): hospital_id, sex, birth_year, population,"
                    + " genome_sample_id, consents (RESEARCH_USE;GENETIC_ANALYSIS…), specimen_type, quantity, unit,"
                    + " collected_at, collection_site, box_id, position, protocol (a collection protocol code). A known hospital_id adds specimens to that"
                    + " participant; a new one is enrolled (sex required). Any problem: 400 listing every problem by"
                    + " row and column in errors[], and nothing is imported.")
    ResponseEntity<?> importSpecimens(CurrentUser user, @RequestBody String csv) {
        ImportReport report = imports.run(csv, user);
        if (report.imported()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(report);
        }
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "invalid-import", "Nothing imported", report.summary());
        problem.setProperties(Map.of("errors", report.problems()));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
