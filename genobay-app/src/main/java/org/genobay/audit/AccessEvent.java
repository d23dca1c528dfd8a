package org.genobay.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
class AccessEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private long institutionId;
    private String action;
    private String subject;
    private String detail;
    private String previousHash;
    private String entryHash;

    protected AccessEvent() {}

    /** An entry chained to the one before it, whose hash is {@code previousHash}. */
    AccessEvent(
            Instant occurredAt,
            String actor,
            long institutionId,
            String action,
            String subject,
            String detail,
            String previousHash) {
        this.occurredAt = AccessLogChain.stored(occurredAt);
        this.actor = actor;
        this.institutionId = institutionId;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.previousHash = previousHash;
        this.entryHash = recomputedHash();
    }

    /** The hash the entry's fields give now; differs from {@link #entryHash()} once anything in the row changed. */
    String recomputedHash() {
        return AccessLogChain.hash(previousHash, occurredAt, actor, institutionId, action, subject, detail);
    }

    Long id() {
        return id;
    }

    String previousHash() {
        return previousHash;
    }

    String entryHash() {
        return entryHash;
    }

    AccessAudit.AccessView view() {
        return new AccessAudit.AccessView(occurredAt, actor, action, subject, detail);
    }
}
