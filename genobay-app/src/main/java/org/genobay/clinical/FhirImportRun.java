package org.genobay.clinical;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.NewParticipant;
import org.genobay.biobank.NewSpecimen;
import org.genobay.biobank.Participants;
import org.genobay.biobank.SpecimenType;
import org.genobay.biobank.Specimens;
import org.genobay.biobank.Unit;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;

/**
 * One import: the problems found so far, the patients of the bundle by full URL and Patient/id, and the counts. A
 * resource with a problem is skipped after the problem is recorded, so that one run reports them all.
 */
final class FhirImportRun {

    /** Thrown after a problem is recorded, to skip the rest of the resource. */
    private static final class Skip extends RuntimeException {
        Skip() {
            super(null, null, false, false);
        }
    }

    private final Participants participants;
    private final Specimens specimens;
    private final ClinicalRecords records;
    private final Terminologies terminologies;
    private final Map<String, Optional<String>> known;
    private final CurrentUser user;
    private final List<FhirProblem> problems = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();
    private final Map<String, String> patients = new HashMap<>();
    private final Set<String> failedPatients = new HashSet<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private int enrolled;
    private int specimenCount;
    private int diagnoses;
    private int phenotypes;
    private int observations;
    private int treatments;
    private int outcomes;

    FhirImportRun(
            Participants participants,
            Specimens specimens,
            ClinicalRecords records,
            Terminologies terminologies,
            Map<String, Optional<String>> known,
            CurrentUser user) {
        this.participants = participants;
        this.specimens = specimens;
        this.records = records;
        this.terminologies = terminologies;
        this.known = known;
        this.user = user;
    }

    FhirImportReport importAll(Bundle bundle) {
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            if (entries.get(i).getResource() instanceof Patient patient) {
                attempt(() -> patient(index, entries.get(index), patient));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            String path = "Bundle.entry[" + i + "].resource";
            Resource resource = entries.get(i).getResource();
            if (resource == null) {
                problems.add(new FhirProblem("Bundle.entry[" + i + "]", "the entry has no resource"));
            } else if (resource instanceof Specimen specimen) {
                attempt(() -> specimen(path, specimen));
            } else if (resource instanceof Condition condition) {
                attempt(() -> condition(path, condition));
            } else if (resource instanceof Observation observation) {
                attempt(() -> observation(path, observation));
            } else if (resource instanceof Procedure procedure) {
                attempt(() -> procedure(path, procedure));
            } else if (!(resource instanceof Patient)) {
                ignored.add("Bundle.entry[" + i + "] (" + resource.fhirType() + "): not part of the model");
            }
        }
        return new FhirImportReport(
                List.copyOf(seen),
                enrolled,
                specimenCount,
                diagnoses,
                phenotypes,
                observations,
                treatments,
                outcomes,
                ignored,
                problems);
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (Skip skip) {
            // the problem is recorded; go on with the next resource, to report them all
        }
    }

    private void patient(int index, Bundle.BundleEntryComponent entry, Patient patient) {
        String path = "Bundle.entry[" + index + "].resource";
        List<String> keys = new ArrayList<>();
        if (entry.hasFullUrl()) {
            keys.add(entry.getFullUrl());
        }
        if (patient.getIdElement().hasIdPart()) {
            keys.add("Patient/" + patient.getIdElement().getIdPart());
        }
        failedPatients.addAll(keys);
        Optional<String> existing = known.getOrDefault("entry:" + index, Optional.empty());
        String studyId;
        if (existing.isPresent()) {
            studyId = existing.get();
        } else {
            String hospitalId = FhirResources.hospitalId(patient)
                    .orElseThrow(() -> problem(
                            path + ".identifier",
                            "a Patient needs an identifier: the hospital's (any system) or a Genobay study ID"));
            Optional<String> genomeSampleId = patient.getIdentifier().stream()
                    .filter(i -> FhirNames.GENOME_SAMPLE_ID.equals(i.getSystem()))
                    .map(Identifier::getValue)
                    .findFirst();
            Optional<Integer> birthYear = patient.hasBirthDateElement()
                    ? Optional.of(patient.getBirthDateElement().getYear())
                    : Optional.empty();
            NewParticipant details = guarded(
                    path,
                    FhirResources.PATIENT,
                    () -> new NewParticipant(
                            hospitalId,
                            FhirResources.sex(patient),
                            birthYear,
                            FhirResources.string(patient.getExtensionByUrl(FhirNames.POPULATION)),
                            genomeSampleId,
                            Set.of()));
            studyId = guarded(path, FhirResources.PATIENT, () -> participants.enrol(details, user))
                    .studyId();
            enrolled++;
        }
        seen.add(studyId);
        outcome(path, patient).ifPresent(outcome -> {
            guarded(path, FhirResources.PATIENT, () -> records.importOutcome(studyId, outcome, user));
            outcomes++;
        });
        keys.forEach(key -> patients.put(key, studyId));
        failedPatients.removeAll(keys);
    }

    private Optional<NewOutcome> outcome(String path, Patient patient) {
        Extension status = patient.getExtensionByUrl(FhirNames.VITAL_STATUS);
        Optional<LocalDate> lastFollowUp = Optional.ofNullable(patient.getExtensionByUrl(FhirNames.LAST_FOLLOW_UP))
                .flatMap(e -> date(path + "." + FhirResources.PATIENT.get("lastFollowUp"), e.getValue()));
        Optional<LocalDate> diedOn = patient.hasDeceasedDateTimeType()
                ? date(path + ".deceasedDateTime", patient.getDeceasedDateTimeType())
                : Optional.empty();
        VitalStatus vitalStatus;
        if (status != null) {
            String code = status.getValue() == null ? "" : status.getValue().primitiveValue();
            try {
                vitalStatus = VitalStatus.valueOf(code.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw problem(
                        path + "." + FhirResources.PATIENT.get("vitalStatus"),
                        "vital status '" + code + "' is not alive, deceased or unknown");
            }
        } else if (patient.hasDeceased()) {
            vitalStatus = diedOn.isPresent() || patient.getDeceasedBooleanType().booleanValue()
                    ? VitalStatus.DECEASED
                    : VitalStatus.ALIVE;
        } else if (lastFollowUp.isPresent()) {
            vitalStatus = VitalStatus.UNKNOWN;
        } else {
            return Optional.empty();
        }
        return Optional.of(
                guarded(path, FhirResources.PATIENT, () -> new NewOutcome(vitalStatus, lastFollowUp, diedOn)));
    }

    private void specimen(String path, Specimen specimen) {
        if (specimen.hasParent()) {
            ignored.add(path + " (Specimen " + specimen.getIdElement().getIdPart()
                    + "): aliquots and derivatives are not imported; FHIR does not say how much of the parent"
                    + " they used");
            return;
        }
        String studyId = subject(path, specimen.getSubject());
        Coding type = specimen.getType().getCoding().stream()
                .filter(c -> FhirNames.SPECIMEN_TYPE.equals(c.getSystem()))
                .findFirst()
                .orElseThrow(() -> problem(
                        path + ".type",
                        "a Specimen needs a type coded in " + FhirNames.SPECIMEN_TYPE
                                + " (WHOLE_BLOOD, PLASMA, DNA, …)"));
        SpecimenType specimenType;
        try {
            specimenType = SpecimenType.valueOf(type.getCode().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw problem(path + ".type.coding.code", "unknown specimen type " + type.getCode());
        }
        Specimen.SpecimenCollectionComponent collection = specimen.getCollection();
        if (!collection.hasCollectedDateTimeType()) {
            throw problem(path + ".collection.collectedDateTime", "a Specimen needs its collection time");
        }
        Instant collectedAt = collection.getCollectedDateTimeType().getValue().toInstant();
        org.hl7.fhir.r4.model.Quantity amount = collection.getQuantity();
        String unitText = amount.hasCode() ? amount.getCode() : amount.getUnit();
        Unit unit = FhirUnits.unit(unitText)
                .orElseThrow(() -> problem(
                        path + ".collection.quantity.code",
                        "unit '" + unitText + "' is not one of mL, uL, mg, ug, ng"));
        if (!amount.hasValue()) {
            throw problem(path + ".collection.quantity.value", "a Specimen needs its collected quantity");
        }
        Optional<String> notes = Optional.of(
                        specimen.getNote().stream().map(Annotation::getText).collect(Collectors.joining("\n")))
                .filter(n -> !n.isBlank());
        String site = FhirResources.string(collection.getExtensionByUrl(FhirNames.COLLECTION_SITE))
                .orElse("");
        guarded(
                path,
                FhirResources.SPECIMEN,
                () -> specimens.collect(
                        new NewSpecimen(
                                studyId,
                                specimenType,
                                new org.genobay.biobank.Quantity(amount.getValue(), unit),
                                collectedAt,
                                site,
                                notes),
                        user));
        specimenCount++;
    }

    private void condition(String path, Condition condition) {
        String studyId = subject(path, condition.getSubject());
        Optional<LocalDate> onset = Optional.empty();
        if (condition.hasOnset()) {
            if (!condition.hasOnsetDateTimeType()) {
                throw problem(path + ".onset[x]", "only onsetDateTime is read");
            }
            onset = date(path + ".onsetDateTime", condition.getOnsetDateTimeType());
        }
        List<Coding> codings = condition.getCode().getCoding();
        for (int j = 0; j < codings.size(); j++) {
            Coding coding = codings.get(j);
            String codePath = path + ".code.coding[" + j + "].code";
            String code = coding.getCode() == null ? "" : coding.getCode().strip();
            Optional<LocalDate> on = onset;
            if (FhirNames.ICD10.equals(coding.getSystem())) {
                if (terminologies.icd10().find(code).isEmpty()) {
                    throw problem(codePath, "unknown ICD-10 code " + code);
                }
                guarded(
                        path,
                        FhirResources.CONDITION,
                        () -> records.addDiagnosis(studyId, new NewDiagnosis(code, on), user));
                diagnoses++;
                return;
            }
            if (FhirNames.HPO.contains(coding.getSystem())) {
                String term = code.replace('_', ':');
                if (terminologies.hpo().find(term).isEmpty()) {
                    throw problem(codePath, "unknown HPO term " + code);
                }
                boolean excluded = condition.getVerificationStatus().getCoding().stream()
                        .anyMatch(c -> "refuted".equals(c.getCode()));
                guarded(
                        path,
                        FhirResources.CONDITION,
                        () -> records.addPhenotype(studyId, new NewPhenotype(term, excluded, on), user));
                phenotypes++;
                return;
            }
        }
        throw problem(
                path + ".code.coding",
                "a Condition needs a coding in ICD-10 (" + FhirNames.ICD10 + ") or HPO (" + FhirNames.HPO_EXPORTED
                        + ")");
    }

    private void observation(String path, Observation observation) {
        String studyId = subject(path, observation.getSubject());
        CodeableConcept concept = observation.getCode();
        if (!concept.hasCoding()) {
            throw problem(path + ".code.coding", "an Observation needs a code: system and code");
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
            throw problem(path + ".value[x]", "only valueQuantity, valueString and valueCodeableConcept are read");
        }
        Optional<String> answerText = text;
        if (!observation.hasEffectiveDateTimeType()) {
            throw problem(path + ".effectiveDateTime", "an Observation needs its date (effectiveDateTime)");
        }
        LocalDate effective = date(path + ".effectiveDateTime", observation.getEffectiveDateTimeType())
                .orElseThrow(() -> problem(path + ".effectiveDateTime", "has no value"));
        NewObservation details = guarded(
                path,
                FhirResources.OBSERVATION,
                () -> new NewObservation(
                        coding.getSystem(), coding.getCode(), display, value, unit, answerText, effective));
        guarded(path, FhirResources.OBSERVATION, () -> records.addObservation(studyId, details, user));
        observations++;
    }

    private void procedure(String path, Procedure procedure) {
        String studyId = subject(path, procedure.getSubject());
        TreatmentKind kind = TreatmentKind.OTHER;
        Optional<Coding> category = procedure.getCategory().getCoding().stream()
                .filter(c -> FhirNames.TREATMENT_KIND.equals(c.getSystem()))
                .findFirst();
        if (category.isPresent()) {
            try {
                kind = TreatmentKind.valueOf(category.get().getCode().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw problem(
                        path + ".category.coding.code",
                        "unknown treatment kind " + category.get().getCode());
            }
        }
        CodeableConcept code = procedure.getCode();
        String name = code.hasText() ? code.getText() : code.getCodingFirstRep().getDisplay();
        LocalDate start;
        Optional<LocalDate> end = Optional.empty();
        if (procedure.hasPerformedPeriod() && procedure.getPerformedPeriod().hasStart()) {
            start = date(
                            path + ".performedPeriod.start",
                            procedure.getPerformedPeriod().getStartElement())
                    .orElseThrow();
            end = date(
                    path + ".performedPeriod.end",
                    procedure.getPerformedPeriod().getEndElement());
        } else if (procedure.hasPerformedDateTimeType()) {
            start = date(path + ".performedDateTime", procedure.getPerformedDateTimeType())
                    .orElseThrow();
        } else {
            throw problem(path + ".performed[x]", "a Procedure needs performedPeriod.start or performedDateTime");
        }
        TreatmentKind treatmentKind = kind;
        LocalDate started = start;
        Optional<LocalDate> ended = end;
        NewTreatment details =
                guarded(path, FhirResources.PROCEDURE, () -> new NewTreatment(treatmentKind, name, started, ended));
        guarded(path, FhirResources.PROCEDURE, () -> records.addTreatment(studyId, details, user));
        treatments++;
    }

    private String subject(String path, Reference subject) {
        String reference = subject.getReference();
        if (reference == null || reference.isBlank()) {
            throw problem(path + ".subject", "names no Patient");
        }
        if (failedPatients.contains(reference)) {
            throw new Skip();
        }
        String studyId = patients.get(reference);
        if (studyId == null) {
            studyId = known.getOrDefault(reference, Optional.empty())
                    .orElseThrow(
                            () -> problem(
                                    path + ".subject",
                                    "refers to " + reference
                                            + ", which is neither a Patient of the bundle nor a participant of your institution"));
        }
        seen.add(studyId);
        return studyId;
    }

    private Optional<LocalDate> date(String path, Element element) {
        if (element == null || !element.hasPrimitiveValue()) {
            return Optional.empty();
        }
        String text = element.primitiveValue();
        if (text.length() < 10) {
            throw problem(path, "date " + text + " needs a day (YYYY-MM-DD)");
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            throw problem(path, "'" + text + "' is not a date");
        }
    }

    private <T> T guarded(String path, Map<String, String> fields, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            throw problem(path + "." + fields.getOrDefault(e.field(), e.field()), e.getMessage());
        } catch (ConflictException | NotFoundException e) {
            throw problem(path, e.getMessage());
        }
    }

    private Skip problem(String location, String message) {
        problems.add(new FhirProblem(location, message));
        return new Skip();
    }
}
