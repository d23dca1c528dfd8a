package org.genobay.clinical;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Entity
@Table(name = "clinical_treatment")
class Treatment extends ParticipantRecord {

    @Enumerated(EnumType.STRING)
    private TreatmentKind kind;

    private String name;
    private LocalDate startedOn;
    private LocalDate endedOn;

    protected Treatment() {}

    Treatment(long institutionId, String studyId, NewTreatment details, Instant at, String by) {
        super(institutionId, studyId, at, by);
        replace(details);
    }

    void replace(NewTreatment details) {
        kind = details.kind();
        name = details.name();
        startedOn = details.startedOn();
        endedOn = details.endedOn().orElse(null);
    }

    NewTreatment details() {
        return new NewTreatment(kind, name, startedOn, Optional.ofNullable(endedOn));
    }
}
