package org.genobay.clinical;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Entity
@Table(name = "clinical_diagnosis")
class Diagnosis extends ParticipantRecord {

    private String code;
    private LocalDate diagnosedOn;

    protected Diagnosis() {}

    Diagnosis(long institutionId, String studyId, NewDiagnosis details, Instant at, String by) {
        super(institutionId, studyId, at, by);
        replace(details);
    }

    void replace(NewDiagnosis details) {
        code = details.code();
        diagnosedOn = details.diagnosedOn().orElse(null);
    }

    String code() {
        return code;
    }

    Optional<LocalDate> diagnosedOn() {
        return Optional.ofNullable(diagnosedOn);
    }
}
