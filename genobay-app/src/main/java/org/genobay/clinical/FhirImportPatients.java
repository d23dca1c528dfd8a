package org.genobay.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.NewParticipant;
import org.genobay.biobank.Participants;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * The participants of one FHIR import: each Patient of the bundle is found or enrolled (with its outcome), and each
 * resource's subject is resolved to a study ID, by full URL or Patient/id of the bundle or a participant found before
 * the import. The resources of a Patient that failed are skipped: its problem is reported already.
 */
final class FhirImportPatients {

    private final Participants participants;
    private final ClinicalRecords records;
    private final Map<String, Optional<String>> known;
    private final CurrentUser user;
    private final FhirImportLog log;
    private final Map<String, String> patients = new HashMap<>();
    private final Set<String> failedPatients = new HashSet<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private int enrolled;
    private int outcomes;

    FhirImportPatients(
            Participants participants,
            ClinicalRecords records,
            Map<String, Optional<String>> known,
            CurrentUser user,
            FhirImportLog log) {
        this.participants = participants;
        this.records = records;
        this.known = known;
        this.user = user;
        this.log = log;
    }

    /** The study IDs of the participants the bundle is about, in the order they came up. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    int enrolled() {
        return enrolled;
    }

    int outcomes() {
        return outcomes;
    }

    void patient(int index, Bundle.BundleEntryComponent entry, Patient patient) {
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
                    .orElseThrow(() -> log.problem(
                            path + ".identifier",
                            "a Patient needs an identifier: the hospital's (any system) or a Genobay study ID"));
            Optional<String> genomeSampleId = patient.getIdentifier().stream()
                    .filter(i -> FhirNames.GENOME_SAMPLE_ID.equals(i.getSystem()))
                    .map(Identifier::getValue)
                    .findFirst();
            Optional<Integer> birthYear = patient.hasBirthDateElement()
                    ? Optional.of(patient.getBirthDateElement().getYear())
                    : Optional.empty();
            NewParticipant details = log.guarded(
                    path,
                    FhirResources.PATIENT,
                    () -> new NewParticipant(
                            hospitalId,
                            FhirResources.sex(patient),
                            birthYear,
                            FhirResources.string(patient.getExtensionByUrl(FhirNames.POPULATION)),
                            genomeSampleId,
                            Set.of()));
            studyId = log.guarded(path, FhirResources.PATIENT, () -> participants.enrol(details, user))
                    .studyId();
            enrolled++;
        }
        seen.add(studyId);
        outcome(path, patient).ifPresent(outcome -> {
            log.guarded(path, FhirResources.PATIENT, () -> records.importOutcome(studyId, outcome, user));
            outcomes++;
        });
        keys.forEach(key -> patients.put(key, studyId));
        failedPatients.removeAll(keys);
    }

    private Optional<NewOutcome> outcome(String path, Patient patient) {
        Extension status = patient.getExtensionByUrl(FhirNames.VITAL_STATUS);
        Optional<LocalDate> lastFollowUp = Optional.ofNullable(patient.getExtensionByUrl(FhirNames.LAST_FOLLOW_UP))
                .flatMap(e -> log.date(path + "." + FhirResources.PATIENT.get("lastFollowUp"), e.getValue()));
        Optional<LocalDate> diedOn = patient.hasDeceasedDateTimeType()
                ? log.date(path + ".deceasedDateTime", patient.getDeceasedDateTimeType())
                : Optional.empty();
        VitalStatus vitalStatus;
        if (status != null) {
            String code = status.getValue() == null ? "" : status.getValue().primitiveValue();
            try {
                vitalStatus = VitalStatus.valueOf(code.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw log.problem(
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
                log.guarded(path, FhirResources.PATIENT, () -> new NewOutcome(vitalStatus, lastFollowUp, diedOn)));
    }

    /** The study ID of the participant a resource is about. */
    String subject(String path, Reference subject) {
        String reference = subject.getReference();
        if (reference == null || reference.isBlank()) {
            throw log.problem(path + ".subject", "names no Patient");
        }
        if (failedPatients.contains(reference)) {
            throw log.skip();
        }
        String studyId = patients.get(reference);
        if (studyId == null) {
            studyId = known.getOrDefault(reference, Optional.empty())
                    .orElseThrow(
                            () -> log.problem(
                                    path + ".subject",
                                    "refers to " + reference
                                            + ", which is neither a Patient of the bundle nor a participant of your institution"));
        }
        seen.add(studyId);
        return studyId;
    }
}
