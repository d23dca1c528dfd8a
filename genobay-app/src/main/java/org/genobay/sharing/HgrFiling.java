package org.genobay.sharing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An HGR approval or filing record of an institution, covering the release of one of its datasets (e.g. a filing for
 * providing human genetic resource information abroad) or the export of its specimens (material): in force from the
 * day it was issued through its expiry date, inclusive.
 */
@Entity
@Table(name = "sharing_hgr_filing")
class HgrFiling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;

    @Enumerated(EnumType.STRING)
    private Covers covers;

    private Long datasetId;
    private String number;
    private String scope;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private Instant recordedAt;
    private String recordedBy;

    /** What a filing allows to leave the country. */
    enum Covers {
        /** The release of one dataset's human genetic resource information. */
        DATASET_RELEASE,
        /** The export of the institution's human genetic resource material: its specimens. */
        MATERIAL_EXPORT
    }

    protected HgrFiling() {}

    /** A filing for the release of a dataset. */
    HgrFiling(Dataset dataset, NewFiling details, Instant at, String by) {
        this(dataset.institutionId(), Covers.DATASET_RELEASE, dataset.id(), details, at, by);
    }

    private HgrFiling(long institutionId, Covers covers, Long datasetId, NewFiling details, Instant at, String by) {
        this.institutionId = institutionId;
        this.covers = covers;
        this.datasetId = datasetId;
        this.number = details.number();
        this.scope = details.scope();
        this.issuedOn = details.issuedOn();
        this.expiresOn = details.expiresOn();
        this.recordedAt = at;
        this.recordedBy = by;
    }

    /** A filing for the export of the institution's specimens. */
    static HgrFiling materialExport(long institutionId, NewFiling details, Instant at, String by) {
        return new HgrFiling(institutionId, Covers.MATERIAL_EXPORT, null, details, at, by);
    }

    boolean inForceOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }

    long id() {
        return id;
    }

    /** The dataset whose release it covers; none for a material export filing. */
    Optional<Long> datasetId() {
        return Optional.ofNullable(datasetId);
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }

    String number() {
        return number;
    }

    /** The view of a dataset release filing. */
    FilingView view(LocalDate today) {
        return new FilingView(
                id,
                datasetId().orElseThrow(),
                number,
                scope,
                issuedOn,
                expiresOn,
                inForceOn(today),
                recordedAt,
                recordedBy);
    }

    MaterialExports.ExportFiling exportView(LocalDate today) {
        return new MaterialExports.ExportFiling(
                id, number, scope, issuedOn, expiresOn, inForceOn(today), recordedAt, recordedBy);
    }
}
