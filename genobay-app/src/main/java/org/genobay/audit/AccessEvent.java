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

    protected AccessEvent() {}

    AccessEvent(Instant occurredAt, String actor, long institutionId, String action, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.institutionId = institutionId;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
    }

    AccessAudit.AccessView view() {
        return new AccessAudit.AccessView(occurredAt, actor, action, subject, detail);
    }
}
