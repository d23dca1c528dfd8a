package org.genobay.biobank;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A pseudonymized participant: known by a generated study ID; the hospital identifier is kept only as a keyed hash. */
@Entity
class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String studyId;
    private long institutionId;
    private String hospitalIdHash;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private Integer birthYear;
    private String population;
    private String genomeSampleId;
    private boolean withdrawn;
    private Instant createdAt;
    private String createdBy;

    @Version
    private long version;

    protected Participant() {}

    Participant(
            String studyId,
            long institutionId,
            String hospitalIdHash,
            NewParticipant details,
            Instant createdAt,
            String createdBy) {
        this.studyId = studyId;
        this.institutionId = institutionId;
        this.hospitalIdHash = hospitalIdHash;
        this.sex = details.sex();
        this.birthYear = details.birthYear().orElse(null);
        this.population = details.population().orElse(null);
        this.genomeSampleId = details.genomeSampleId().orElse(null);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    long id() {
        return id;
    }

    String studyId() {
        return studyId;
    }

    Sex sex() {
        return sex;
    }

    Optional<Integer> birthYear() {
        return Optional.ofNullable(birthYear);
    }

    Optional<String> population() {
        return Optional.ofNullable(population);
    }

    Optional<String> genomeSampleId() {
        return Optional.ofNullable(genomeSampleId);
    }

    boolean withdrawn() {
        return withdrawn;
    }

    void withdraw() {
        withdrawn = true;
    }

    Instant createdAt() {
        return createdAt;
    }
}
