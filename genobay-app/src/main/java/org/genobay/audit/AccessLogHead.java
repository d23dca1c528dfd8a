package org.genobay.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The newest entry of the access log's chain: one row, locked by every append so appends take turns. */
@Entity
class AccessLogHead {

    static final int ID = 1;

    @Id
    private int id;

    private Long lastEventId;
    private String lastHash;

    protected AccessLogHead() {}

    Long lastEventId() {
        return lastEventId;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AccessEvent appended) {
        this.lastEventId = appended.id();
        this.lastHash = appended.entryHash();
    }
}
