package org.genobay.sharing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An HGR approval or filing record attached to a dataset (e.g. a filing for providing human genetic resource
 * information abroad): in force from the day it was issued through its expiry date, inclusive.
 */
@Entity
@Table(name = "sharing_hgr_filing")
class HgrFiling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long datasetId;
    private String number;
    private String scope;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private Instant recordedAt;
    private String recordedBy;

    protected HgrFiling() {}

    HgrFiling(long datasetId, NewFiling details, Instant at, String by) {
        this.datasetId = datasetId;
        this.number = details.number();
        this.scope = details.scope();
        this.issuedOn = details.issuedOn();
        this.expiresOn = details.expiresOn();
        this.recordedAt = at;
        this.recordedBy = by;
    }

    boolean inForceOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }

    long id() {
        return id;
    }

    long datasetId() {
        return datasetId;
    }

    String number() {
        return number;
    }

    FilingView view(LocalDate today) {
        return new FilingView(
                id, datasetId, number, scope, issuedOn, expiresOn, inForceOn(today), recordedAt, recordedBy);
    }
}
