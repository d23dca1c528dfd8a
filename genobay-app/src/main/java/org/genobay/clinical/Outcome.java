package org.genobay.clinical;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Entity
@Table(name = "clinical_outcome")
class Outcome extends ParticipantRecord {

    @Enumerated(EnumType.STRING)
    private VitalStatus vitalStatus;

    private LocalDate lastFollowUp;
    private LocalDate diedOn;

    protected Outcome() {}

    Outcome(long institutionId, String studyId, NewOutcome details, Instant at, String by) {
        super(institutionId, studyId, at, by);
        replace(details);
    }

    void replace(NewOutcome details) {
        vitalStatus = details.vitalStatus();
        lastFollowUp = details.lastFollowUp().orElse(null);
        diedOn = details.diedOn().orElse(null);
    }

    NewOutcome details() {
        return new NewOutcome(vitalStatus, Optional.ofNullable(lastFollowUp), Optional.ofNullable(diedOn));
    }
}
