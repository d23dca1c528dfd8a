package org.genobay.biobank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A tube or block of material. A child (aliquot or derivative) records its parent; what it took from the parent was
 * subtracted from the parent's remaining quantity, so material is never counted twice. The version makes a save of a
 * stale copy fail instead of overwriting someone else's change.
 */
@Entity
class Specimen {

    enum Kind {
        PRIMARY,
        ALIQUOT,
        DERIVATIVE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private long institutionId;
    private long participantId;
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private SpecimenType type;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(precision = 14, scale = 3)
    private BigDecimal initialAmount;

    @Column(precision = 14, scale = 3)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private Unit unit;

    private Instant collectedAt;
    private String collectionSite;
    private String notes;

    @Enumerated(EnumType.STRING)
    private SpecimenStatus status;

    private boolean consentWithdrawn;
    private Long protocolId;
    private Long boxId;
    private Integer boxRow;
    private Integer boxColumn;
    private Instant createdAt;
    private String createdBy;

    @Version
    private long version;

    protected Specimen() {}

    Specimen(
            String code,
            long institutionId,
            long participantId,
            Optional<Specimen> parent,
            SpecimenType type,
            Quantity quantity,
            Instant collectedAt,
            String collectionSite,
            Optional<String> notes,
            Instant createdAt,
            String createdBy) {
        this.code = code;
        this.institutionId = institutionId;
        this.participantId = participantId;
        this.parentId = parent.map(Specimen::id).orElse(null);
        this.kind =
                parent.map(p -> p.type == type ? Kind.ALIQUOT : Kind.DERIVATIVE).orElse(Kind.PRIMARY);
        this.type = type;
        this.initialAmount = quantity.amount();
        this.amount = quantity.amount();
        this.unit = quantity.unit();
        this.collectedAt = collectedAt;
        this.collectionSite = collectionSite;
        this.notes = notes.orElse(null);
        this.status = SpecimenStatus.AVAILABLE;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    long id() {
        return id;
    }

    String code() {
        return code;
    }

    long institutionId() {
        return institutionId;
    }

    long participantId() {
        return participantId;
    }

    Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    SpecimenType type() {
        return type;
    }

    Kind kind() {
        return kind;
    }

    Quantity quantity() {
        return new Quantity(amount, unit);
    }

    Quantity initialQuantity() {
        return new Quantity(initialAmount, unit);
    }

    void take(Quantity taken) {
        amount = quantity().minus(taken).amount();
    }

    Instant collectedAt() {
        return collectedAt;
    }

    String collectionSite() {
        return collectionSite;
    }

    Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    void edit(Instant collectedAt, String collectionSite, Optional<String> notes) {
        this.collectedAt = collectedAt;
        this.collectionSite = collectionSite;
        this.notes = notes.orElse(null);
    }

    Optional<Long> protocolId() {
        return Optional.ofNullable(protocolId);
    }

    void collectUnder(long protocolId) {
        this.protocolId = protocolId;
    }

    /**
     * The specimen comes under another institution, which received it in a shipment and may use it: it is available
     * there. Only the shipment receipt does this; no status change leads out of SHIPPED.
     */
    void transferTo(long institutionId) {
        this.institutionId = institutionId;
        this.status = SpecimenStatus.AVAILABLE;
    }

    SpecimenStatus status() {
        return status;
    }

    void status(SpecimenStatus status) {
        this.status = status;
    }

    boolean consentWithdrawn() {
        return consentWithdrawn;
    }

    void flagConsentWithdrawn() {
        consentWithdrawn = true;
    }

    Optional<Long> boxId() {
        return Optional.ofNullable(boxId);
    }

    Optional<BoxPosition> position() {
        return boxId == null ? Optional.empty() : Optional.of(new BoxPosition(boxRow, boxColumn));
    }

    void place(long boxId, BoxPosition position) {
        this.boxId = boxId;
        this.boxRow = position.row();
        this.boxColumn = position.column();
    }

    void unplace() {
        boxId = null;
        boxRow = null;
        boxColumn = null;
    }

    long version() {
        return version;
    }
}
