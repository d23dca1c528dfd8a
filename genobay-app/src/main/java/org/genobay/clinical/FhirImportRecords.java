package org.genobay.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;

/**
 * The clinical resources of one FHIR import: Conditions (ICD-10 diagnoses or HPO phenotypes), Observations and
 * Procedures (treatments), each recorded through the same rules as the API.
 */
final class FhirImportRecords {

    private final ClinicalRecords records;
    private final Terminologies terminologies;
    private final FhirImportPatients patients;
    private final CurrentUser user;
    private final FhirImportLog log;
    private int diagnoses;
    private int phenotypes;
    private int observations;
    private int treatments;

    FhirImportRecords(
            ClinicalRecords records,
            Terminologies terminologies,
            FhirImportPatients patients,
            CurrentUser user,
            FhirImportLog log) {
        this.records = records;
        this.terminologies = terminologies;
        this.patients = patients;
        this.user = user;
        this.log = log;
    }

    int diagnoses() {
        return diagnoses;
    }

    int phenotypes() {
        return phenotypes;
    }

    int observations() {
        return observations;
    }

    int treatments() {
        return treatments;
    }

    void condition(String path, Condition condition) {
        String studyId = patients.subject(path, condition.getSubject());
        Optional<LocalDate> onset = Optional.empty();
        if (condition.hasOnset()) {
            if (!condition.hasOnsetDateTimeType()) {
                throw log.problem(path + ".onset[x]", "only onsetDateTime is read");
            }
            onset = log.date(path + ".onsetDateTime", condition.getOnsetDateTimeType());
        }
        List<Coding> codings = condition.getCode().getCoding();
        for (int j = 0; j < codings.size(); j++) {
            Coding coding = codings.get(j);
            String codePath = path + ".code.coding[" + j + "].code";
            String code = coding.getCode() == null ? "" : coding.getCode().strip();
            Optional<LocalDate> on = onset;
            if (FhirNames.ICD10.equals(coding.getSystem())) {
                if (terminologies.icd10().find(code).isEmpty()) {
                    throw log.problem(codePath, "unknown ICD-10 code " + code);
                }
                log.guarded(
                        path,
                        FhirResources.CONDITION,
                        () -> records.addDiagnosis(studyId, new NewDiagnosis(code, on), user));
                diagnoses++;
                return;
            }
            if (FhirNames.HPO.contains(coding.getSystem())) {
                String term = code.replace('_', ':');
                if (terminologies.hpo().find(term).isEmpty()) {
                    throw log.problem(codePath, "unknown HPO term " + code);
                }
                boolean excluded = condition.getVerificationStatus().getCoding().stream()
                        .anyMatch(c -> "refuted".equals(c.getCode()));
                log.guarded(
                        path,
                        FhirResources.CONDITION,
                        () -> records.addPhenotype(studyId, new NewPhenotype(term, excluded, on), user));
                phenotypes++;
                return;
            }
        }
        throw log.problem(
                path + ".code.coding",
                "a Condition needs a coding in ICD-10 (" + FhirNames.ICD10 + ") or HPO (" + FhirNames.HPO_EXPORTED
                        + ")");
    }

    void observation(String path, Observation observation) {
        String studyId = patients.subject(path, observation.getSubject());
        CodeableConcept concept = observation.getCode();
        if (!concept.hasCoding()) {
            throw log.problem(path + ".code.coding", "an Observation needs a code: system and code");
        }
        Coding coding = concept.getCodingFirstRep();
        String display =
                coding.hasDisplay() ? coding.getDisplay() : concept.hasText() ? concept.getText() : coding.getCode();
        Optional<BigDecimal> value = observation.hasValueQuantity()
                ? Optional.ofNullable(observation.getValueQuantity().getValue())
                : Optional.empty();
        Optional<String> unit = observation.hasValueQuantity()
                ? Optional.ofNullable(
                        observation.getValueQuantity().hasUnit()
                                ? observation.getValueQuantity().getUnit()
                                : observation.getValueQuantity().getCode())
                : Optional.empty();
        Optional<String> text = Optional.empty();
        if (observation.hasValueStringType()) {
            text = Optional.of(observation.getValueStringType().getValue());
        } else if (observation.hasValueCodeableConcept()) {
            CodeableConcept answer = observation.getValueCodeableConcept();
            text = Optional.ofNullable(
                    answer.hasText()
                            ? answer.getText()
                            : answer.getCodingFirstRep().getDisplay());
        } else if (observation.hasValue() && !observation.hasValueQuantity()) {
            throw log.problem(path + ".value[x]", "only valueQuantity, valueString and valueCodeableConcept are read");
        }
        Optional<String> answerText = text;
        if (!observation.hasEffectiveDateTimeType()) {
            throw log.problem(path + ".effectiveDateTime", "an Observation needs its date (effectiveDateTime)");
        }
        LocalDate effective = log.date(path + ".effectiveDateTime", observation.getEffectiveDateTimeType())
                .orElseThrow(() -> log.problem(path + ".effectiveDateTime", "has no value"));
        NewObservation details = log.guarded(
                path,
                FhirResources.OBSERVATION,
                () -> new NewObservation(
                        coding.getSystem(), coding.getCode(), display, value, unit, answerText, effective));
        log.guarded(path, FhirResources.OBSERVATION, () -> records.addObservation(studyId, details, user));
        observations++;
    }

    void procedure(String path, Procedure procedure) {
        String studyId = patients.subject(path, procedure.getSubject());
        TreatmentKind kind = TreatmentKind.OTHER;
        Optional<Coding> category = procedure.getCategory().getCoding().stream()
                .filter(c -> FhirNames.TREATMENT_KIND.equals(c.getSystem()))
                .findFirst();
        if (category.isPresent()) {
            try {
                kind = TreatmentKind.valueOf(category.get().getCode().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw log.problem(
                        path + ".category.coding.code",
                        "unknown treatment kind " + category.get().getCode());
            }
        }
        CodeableConcept code = procedure.getCode();
        String name = code.hasText() ? code.getText() : code.getCodingFirstRep().getDisplay();
        LocalDate start;
        Optional<LocalDate> end = Optional.empty();
        if (procedure.hasPerformedPeriod() && procedure.getPerformedPeriod().hasStart()) {
            start = log.date(
                            path + ".performedPeriod.start",
                            procedure.getPerformedPeriod().getStartElement())
                    .orElseThrow();
            end = log.date(
                    path + ".performedPeriod.end",
                    procedure.getPerformedPeriod().getEndElement());
        } else if (procedure.hasPerformedDateTimeType()) {
            start = log.date(path + ".performedDateTime", procedure.getPerformedDateTimeType())
                    .orElseThrow();
        } else {
            throw log.problem(path + ".performed[x]", "a Procedure needs performedPeriod.start or performedDateTime");
        }
        TreatmentKind treatmentKind = kind;
        LocalDate started = start;
        Optional<LocalDate> ended = end;
        NewTreatment details =
                log.guarded(path, FhirResources.PROCEDURE, () -> new NewTreatment(treatmentKind, name, started, ended));
        log.guarded(path, FhirResources.PROCEDURE, () -> records.addTreatment(studyId, details, user));
        treatments++;
    }
}
