package org.genobay.clinical;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A participant's clinical record as users and other modules read it; terms come with their names. Each row carries
 * its version: a change or removal of the row names the version it was made on (the If-Match header in the API).
 */
public record ClinicalView(
        String studyId,
        List<DiagnosisView> diagnoses,
        List<PhenotypeView> phenotypes,
        List<ObservationView> observations,
        List<TreatmentView> treatments,
        Optional<OutcomeView> outcome) {

    public ClinicalView {
        diagnoses = List.copyOf(diagnoses);
        phenotypes = List.copyOf(phenotypes);
        observations = List.copyOf(observations);
        treatments = List.copyOf(treatments);
    }

    public record DiagnosisView(
            long id,
            String code,
            String title,
            Optional<LocalDate> diagnosedOn,
            Instant recordedAt,
            String recordedBy,
            long version) {}

    public record PhenotypeView(
            long id,
            String termId,
            String name,
            boolean excluded,
            Optional<LocalDate> onset,
            Instant recordedAt,
            String recordedBy,
            long version) {}

    public record ObservationView(
            long id,
            String system,
            String code,
            String display,
            Optional<BigDecimal> value,
            Optional<String> unit,
            Optional<String> text,
            LocalDate effectiveOn,
            Instant recordedAt,
            String recordedBy,
            long version) {}

    public record TreatmentView(
            long id,
            TreatmentKind kind,
            String name,
            LocalDate startedOn,
            Optional<LocalDate> endedOn,
            Instant recordedAt,
            String recordedBy,
            long version) {}

    public record OutcomeView(
            VitalStatus vitalStatus,
            Optional<LocalDate> lastFollowUp,
            Optional<LocalDate> diedOn,
            Instant recordedAt,
            String recordedBy,
            long version) {}
}
