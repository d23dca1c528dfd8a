package org.genobay.sharing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One release outside its owner: of a dataset (an export by the owner, or a grantee abroad reading HGR records), or of
 * specimens, by the dispatch of a shipment abroad.
 */
@Entity
@Table(name = "sharing_release")
class Release {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long datasetId;
    private String shipmentCode;
    private Instant releasedAt;
    private String releasedBy;
    private String recipient;
    private Long recipientInstitutionId;
    private String recipientCountry;
    private boolean abroad;
    private String purpose;
    private Long filingId;
    private Long grantId;

    protected Release() {}

    Release(
            long datasetId,
            Instant at,
            String by,
            String recipient,
            Optional<Long> recipientInstitutionId,
            String recipientCountry,
            boolean abroad,
            String purpose,
            Optional<Long> filingId,
            Optional<Long> grantId) {
        this.datasetId = datasetId;
        this.releasedAt = at;
        this.releasedBy = by;
        this.recipient = recipient;
        this.recipientInstitutionId = recipientInstitutionId.orElse(null);
        this.recipientCountry = recipientCountry;
        this.abroad = abroad;
        this.purpose = purpose;
        this.filingId = filingId.orElse(null);
        this.grantId = grantId.orElse(null);
    }

    /** The dispatch of a shipment of specimens to a recipient abroad, under a material export filing. */
    static Release ofShipment(
            String shipmentCode,
            Instant at,
            String by,
            String recipient,
            long recipientInstitutionId,
            String recipientCountry,
            String purpose,
            long filingId) {
        Release release = new Release();
        release.shipmentCode = shipmentCode;
        release.releasedAt = at;
        release.releasedBy = by;
        release.recipient = recipient;
        release.recipientInstitutionId = recipientInstitutionId;
        release.recipientCountry = recipientCountry;
        release.abroad = true;
        release.purpose = purpose;
        release.filingId = filingId;
        return release;
    }

    long id() {
        return id;
    }

    ReleaseView view() {
        return new ReleaseView(
                id,
                datasetId,
                releasedAt,
                releasedBy,
                recipient,
                Optional.ofNullable(recipientInstitutionId),
                recipientCountry,
                abroad,
                purpose,
                Optional.ofNullable(filingId),
                Optional.ofNullable(grantId));
    }
}
