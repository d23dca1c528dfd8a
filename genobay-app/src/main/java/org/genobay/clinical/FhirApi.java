package org.genobay.clinical;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "fhir", description = "FHIR R4 import and export of participants with their clinical data")
class FhirApi {

    static final String FHIR_JSON = "application/fhir+json";

    private final FhirImport imports;
    private final FhirExport exports;

    FhirApi(FhirImport imports, FhirExport exports) {
        this.imports = imports;
        this.exports = exports;
    }

    @PostMapping(
            path = "/api/clinical/fhir/import",
            consumes = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Import a FHIR R4 Bundle (transaction or collection, JSON), all or nothing",
            description = "Patient → participant (found by Genobay study ID or hospital identifier, else enrolled),"
                    + " Specimen → primary specimen, Condition → diagnosis (ICD-10, http://hl7.org/fhir/sid/icd-10) or"
                    + " phenotype (HPO, http://purl.obolibrary.org/obo/hp.owl; refuted = excluded), Observation →"
                    + " observation, Procedure → treatment. Any problem: 400 listing every problem with its location"
                    + " (Bundle.entry[2].resource.code.coding[0].code) in errors[], and nothing is saved.")
    ResponseEntity<?> importBundle(CurrentUser user, @RequestBody String bundle) {
        FhirImportReport report = imports.run(bundle, user);
        if (report.imported()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(report);
        }
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "invalid-fhir", "Nothing imported", report.summary());
        problem.setProperties(Map.of("errors", report.problems()));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping(path = "/api/clinical/participants/{studyId}/fhir", produces = FHIR_JSON)
    @Operation(
            summary = "The participant as a FHIR R4 collection Bundle: Patient, Specimens, Conditions, Observations,"
                    + " Procedures")
    ResponseEntity<String> export(CurrentUser user, @PathVariable String studyId) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(FHIR_JSON))
                .body(exports.json(studyId, user));
    }
}
