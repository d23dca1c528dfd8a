package org.genobay.biobank;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One link of a specimen's chain of custody: who did what, when, and where the specimen was afterwards. */
@Entity
class CustodyEvent {

    enum Kind {
        COLLECTED,
        ALIQUOTED,
        DERIVED,
        MATERIAL_TAKEN,
        EDITED,
        STATUS_CHANGED,
        STORED,
        MOVED,
        REMOVED_FROM_STORAGE,
        CONSENT_WITHDRAWN,
        QC_RECORDED,
        DISPATCHED,
        RECEIVED,
        RECEIPT_PROBLEM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long specimenId;
    private Instant occurredAt;
    private String actor;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String location;
    private String detail;

    protected CustodyEvent() {}

    CustodyEvent(long specimenId, Instant occurredAt, String actor, Kind kind, String location, String detail) {
        this.specimenId = specimenId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.location = location;
        this.detail = detail;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String actor() {
        return actor;
    }

    Kind kind() {
        return kind;
    }

    String location() {
        return location;
    }

    String detail() {
        return detail;
    }
}
