package org.genobay.clinical;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clinical")
@Tag(
        name = "clinical",
        description = "diagnoses (ICD-10), phenotypes (HPO), observations, treatments and outcome of participants;"
                + " every change or removal of a recorded row sends the version last read as If-Match")
class ClinicalApi {

    static final int SEARCH_LIMIT = 20;

    private static final String CHANGED = "the record as saved, with its new version";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String VERSION_REQUIRED = "no If-Match header, and the record exists: send the version you"
            + " last read (problem type version-required)";

    private final ClinicalRecords records;
    private final ClinicalQueries queries;
    private final Terminologies terminologies;

    ClinicalApi(ClinicalRecords records, ClinicalQueries queries, Terminologies terminologies) {
        this.records = records;
        this.queries = queries;
        this.terminologies = terminologies;
    }

    record DiagnosisBody(String code, LocalDate diagnosedOn) {
        NewDiagnosis details() {
            return new NewDiagnosis(code, Optional.ofNullable(diagnosedOn));
        }
    }

    record PhenotypeBody(String termId, Boolean excluded, LocalDate onset) {
        NewPhenotype details() {
            return new NewPhenotype(termId, Boolean.TRUE.equals(excluded), Optional.ofNullable(onset));
        }
    }

    record ObservationBody(
            String system,
            String code,
            String display,
            BigDecimal value,
            String unit,
            String text,
            LocalDate effectiveOn) {
        NewObservation details() {
            return new NewObservation(
                    system,
                    code,
                    display,
                    Optional.ofNullable(value),
                    Optional.ofNullable(unit),
                    Optional.ofNullable(text),
                    effectiveOn);
        }
    }

    record TreatmentBody(TreatmentKind kind, String name, LocalDate startedOn, LocalDate endedOn) {
        NewTreatment details() {
            return new NewTreatment(kind, name, startedOn, Optional.ofNullable(endedOn));
        }
    }

    record OutcomeBody(VitalStatus vitalStatus, LocalDate lastFollowUp, LocalDate diedOn) {
        NewOutcome details() {
            return new NewOutcome(vitalStatus, Optional.ofNullable(lastFollowUp), Optional.ofNullable(diedOn));
        }
    }

    @GetMapping("/participants/{studyId}")
    @Operation(summary = "A participant's diagnoses, phenotypes, observations, treatments and outcome")
    ClinicalView get(CurrentUser user, @PathVariable String studyId) {
        return records.get(studyId, user);
    }

    @GetMapping("/participants")
    @Operation(
            summary = "Study IDs of the participants with an HPO phenotype or an ICD-10 diagnosis",
            description = "Give hpo (e.g. HP:0001627) or icd10 (e.g. I21). With descendants=true (the default) an HPO"
                    + " term matches all terms below it; with children=true (the default) an ICD-10 code matches all"
                    + " codes below it (I21 finds I21.0 … I21.9; a block or chapter finds its codes). Excluded"
                    + " phenotypes do not match. Only the user's institution is searched.")
    List<String> search(
            CurrentUser user,
            @RequestParam Optional<String> hpo,
            @RequestParam Optional<String> icd10,
            @RequestParam(defaultValue = "true") boolean descendants,
            @RequestParam(defaultValue = "true") boolean children) {
        if (hpo.isPresent() == icd10.isPresent()) {
            throw new InvalidInputException("hpo", "give one of hpo (an HPO term) or icd10 (an ICD-10 code)");
        }
        return hpo.isPresent()
                ? queries.withPhenotype(hpo.get(), descendants, user)
                : queries.withDiagnosis(icd10.get(), children, user);
    }

    @GetMapping("/terminologies/{terminology}")
    @Operation(
            summary = "Search HPO terms (terminology hpo) or ICD-10 codes (icd10) by identifier prefix or name",
            description = "At most 20 terms: the exact identifier first, then names starting with the text.")
    List<OntologyTerm> terms(@PathVariable String terminology, @RequestParam(defaultValue = "") String q) {
        return terminology(terminology).search(q, SEARCH_LIMIT);
    }

    @GetMapping("/terminologies/{terminology}/{id}/descendants")
    @Operation(summary = "An HPO term or ICD-10 code and everything below it, sorted by identifier")
    List<String> descendants(@PathVariable String terminology, @PathVariable String id) {
        return terminology(terminology).withDescendants(id).stream().sorted().toList();
    }

    @PostMapping("/participants/{studyId}/diagnoses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a diagnosis: an ICD-10 code of the loaded code list, and the date of diagnosis")
    ClinicalView.DiagnosisView addDiagnosis(
            CurrentUser user, @PathVariable String studyId, @RequestBody DiagnosisBody body) {
        return records.addDiagnosis(studyId, body.details(), user);
    }

    @PutMapping("/participants/{studyId}/diagnoses/{id}")
    @Operation(summary = "Change a diagnosis")
    @ApiResponse(responseCode = "200", description = CHANGED, useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "428",
            description = VERSION_REQUIRED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    ClinicalView.DiagnosisView editDiagnosis(
            CurrentUser user,
            @PathVariable String studyId,
            @PathVariable long id,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IfMatch.HEADER,
                            required = true,
                            description = IfMatch.DESCRIPTION)
                    @RequestHeader(IfMatch.HEADER)
                    Optional<String> ifMatch,
            @RequestBody DiagnosisBody body) {
        return records.editDiagnosis(studyId, id, IfMatch.version(ifMatch), body.details(), user);
    }

    @PostMapping("/participants/{studyId}/phenotypes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a phenotype: an HPO term, observed or excluded (excluded=true), with its onset")
    ClinicalView.PhenotypeView addPhenotype(
            CurrentUser user, @PathVariable String studyId, @RequestBody PhenotypeBody body) {
        return records.addPhenotype(studyId, body.details(), user);
    }

    @PutMapping("/participants/{studyId}/phenotypes/{id}")
    @Operation(summary = "Change a phenotype")
    @ApiResponse(responseCode = "200", description = CHANGED, useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "428",
            description = VERSION_REQUIRED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    ClinicalView.PhenotypeView editPhenotype(
            CurrentUser user,
            @PathVariable String studyId,
            @PathVariable long id,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IfMatch.HEADER,
                            required = true,
                            description = IfMatch.DESCRIPTION)
                    @RequestHeader(IfMatch.HEADER)
                    Optional<String> ifMatch,
            @RequestBody PhenotypeBody body) {
        return records.editPhenotype(studyId, id, IfMatch.version(ifMatch), body.details(), user);
    }

    @PostMapping("/participants/{studyId}/observations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an observation: code system, code and display, a value (with unit) or a text, a date")
    ClinicalView.ObservationView addObservation(
            CurrentUser user, @PathVariable String studyId, @RequestBody ObservationBody body) {
        return records.addObservation(studyId, body.details(), user);
    }

    @PutMapping("/participants/{studyId}/observations/{id}")
    @Operation(summary = "Change an observation")
    @ApiResponse(responseCode = "200", description = CHANGED, useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "428",
            description = VERSION_REQUIRED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    ClinicalView.ObservationView editObservation(
            CurrentUser user,
            @PathVariable String studyId,
            @PathVariable long id,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IfMatch.HEADER,
                            required = true,
                            description = IfMatch.DESCRIPTION)
                    @RequestHeader(IfMatch.HEADER)
                    Optional<String> ifMatch,
            @RequestBody ObservationBody body) {
        return records.editObservation(studyId, id, IfMatch.version(ifMatch), body.details(), user);
    }

    @PostMapping("/participants/{studyId}/treatments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a treatment: kind, name, start and (once over) end, not before the start")
    ClinicalView.TreatmentView addTreatment(
            CurrentUser user, @PathVariable String studyId, @RequestBody TreatmentBody body) {
        return records.addTreatment(studyId, body.details(), user);
    }

    @PutMapping("/participants/{studyId}/treatments/{id}")
    @Operation(summary = "Change a treatment")
    @ApiResponse(responseCode = "200", description = CHANGED, useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "428",
            description = VERSION_REQUIRED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    ClinicalView.TreatmentView editTreatment(
            CurrentUser user,
            @PathVariable String studyId,
            @PathVariable long id,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IfMatch.HEADER,
                            required = true,
                            description = IfMatch.DESCRIPTION)
                    @RequestHeader(IfMatch.HEADER)
                    Optional<String> ifMatch,
            @RequestBody TreatmentBody body) {
        return records.editTreatment(studyId, id, IfMatch.version(ifMatch), body.details(), user);
    }

    @PutMapping("/participants/{studyId}/outcome")
    @Operation(
            summary = "Set the outcome: vital status, last follow-up, date of death",
            description = "diedOn is required when DECEASED and refused otherwise; it may not be after lastFollowUp;"
                    + " no date may be in the future or before the participant's birth year, and diedOn not before"
                    + " any dated diagnosis, phenotype, observation or treatment. The first outcome needs no If-Match;"
                    + " replacing a recorded one needs the version last read.")
    @ApiResponse(responseCode = "200", description = CHANGED, useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "428",
            description = VERSION_REQUIRED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    ClinicalView.OutcomeView setOutcome(
            CurrentUser user,
            @PathVariable String studyId,
            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = IfMatch.DESCRIPTION)
                    @RequestHeader(IfMatch.HEADER)
                    Optional<String> ifMatch,
            @RequestBody OutcomeBody body) {
        return records.setOutcome(studyId, IfMatch.version(ifMatch), body.details(), user);
    }

    @DeleteMapping("/participants/{studyId}/outcome")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove the outcome")
    @ApiResponse(responseCode = "204", description = "removed")
    @ApiResponse(
            responseCode = "428",
            description = VERSION_REQUIRED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    void deleteOutcome(
            CurrentUser user,
            @PathVariable String studyId,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IfMatch.HEADER,
                            required = true,
                            description = IfMatch.DESCRIPTION)
                    @RequestHeader(IfMatch.HEADER)
                    Optional<String> ifMatch) {
        records.delete(studyId, "outcome", 0, IfMatch.version(ifMatch), user);
    }

    @DeleteMapping("/participants/{studyId}/{kind}/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove a diagnosis, phenotype, observation or treatment (kind: diagnoses, phenotypes,"
                    + " observations, treatments)")
    @ApiResponse(responseCode = "204", description = "removed")
    @ApiResponse(
            responseCode = "428",
            description = VERSION_REQUIRED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    void delete(
            CurrentUser user,
            @PathVariable String studyId,
            @PathVariable String kind,
            @PathVariable long id,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IfMatch.HEADER,
                            required = true,
                            description = IfMatch.DESCRIPTION)
                    @RequestHeader(IfMatch.HEADER)
                    Optional<String> ifMatch) {
        if (kind.equals("outcome")) {
            throw new NotFoundException("kind of clinical record", kind);
        }
        records.delete(studyId, kind, id, IfMatch.version(ifMatch), user);
    }

    private Terminology terminology(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "hpo" -> terminologies.hpo();
            case "icd10", "icd-10" -> terminologies.icd10();
            default -> throw new NotFoundException("terminology", name + " (hpo or icd10)");
        };
    }
}
