package org.genobay.biobank;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One consent scope of one participant: given or withdrawn, by whom and when it was last recorded. */
@Entity
class Consent {

    enum Status {
        GIVEN,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long participantId;

    @Enumerated(EnumType.STRING)
    private ConsentScope scope;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant recordedAt;
    private String recordedBy;

    protected Consent() {}

    Consent(long participantId, ConsentScope scope, Instant at, String by) {
        this.participantId = participantId;
        this.scope = scope;
        record(Status.GIVEN, at, by);
    }

    void record(Status status, Instant at, String by) {
        this.status = status;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    ConsentScope scope() {
        return scope;
    }

    Status status() {
        return status;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }
}
