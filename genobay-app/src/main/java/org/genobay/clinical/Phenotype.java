package org.genobay.clinical;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Entity
@Table(name = "clinical_phenotype")
class Phenotype extends ParticipantRecord {

    private String termId;
    private boolean excluded;
    private LocalDate onset;

    protected Phenotype() {}

    Phenotype(long institutionId, String studyId, NewPhenotype details, Instant at, String by) {
        super(institutionId, studyId, at, by);
        replace(details);
    }

    void replace(NewPhenotype details) {
        termId = details.termId();
        excluded = details.excluded();
        onset = details.onset().orElse(null);
    }

    String termId() {
        return termId;
    }

    boolean excluded() {
        return excluded;
    }

    Optional<LocalDate> onset() {
        return Optional.ofNullable(onset);
    }
}
