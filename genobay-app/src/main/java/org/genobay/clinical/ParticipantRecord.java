package org.genobay.clinical;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** What every clinical row has: the participant (study ID) and its institution, who recorded it and when. */
@MappedSuperclass
abstract class ParticipantRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;
    private String studyId;
    private Instant recordedAt;
    private String recordedBy;

    @Version
    private long version;

    protected ParticipantRecord() {}

    ParticipantRecord(long institutionId, String studyId, Instant recordedAt, String recordedBy) {
        this.institutionId = institutionId;
        this.studyId = studyId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    long id() {
        return id;
    }

    String studyId() {
        return studyId;
    }

    long institutionId() {
        return institutionId;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    void touched(Instant at, String by) {
        recordedAt = at;
        recordedBy = by;
    }
}
