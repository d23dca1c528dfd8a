package org.genobay.clinical;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every clinical row has: the participant (study ID) and its institution, who recorded it last and when, and its
 * version, which every change raises by one; a change is made on the version its author read (optimistic locking).
 */
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

    /** The row as messages name it, e.g. {@code diagnosis 12 of GB-0001} for {@code named("diagnosis")}. */
    String named(String kind) {
        return kind + " " + id + " of " + studyId;
    }

    long version() {
        return version;
    }

    void touched(Instant at, String by) {
        recordedAt = at;
        recordedBy = by;
    }
}
