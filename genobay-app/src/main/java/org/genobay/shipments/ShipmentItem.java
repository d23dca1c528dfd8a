package org.genobay.shipments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.genobay.biobank.Quantity;
import org.genobay.biobank.SpecimenType;
import org.genobay.biobank.Unit;

/**
 * One line of a shipment's manifest: the specimen as it was when packed (code, study ID, type, quantity), and what the
 * receiver found of it.
 */
@Entity
class ShipmentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long shipmentId;
    private int line;
    private String specimenCode;
    private String studyId;

    @Enumerated(EnumType.STRING)
    private SpecimenType specimenType;

    @Column(precision = 14, scale = 3)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private ItemOutcome outcome;

    private String outcomeNote;
    private Instant receivedAt;
    private String receivedBy;

    protected ShipmentItem() {}

    ShipmentItem(long shipmentId, int line, String specimenCode, String studyId, SpecimenType type, Quantity quantity) {
        this.shipmentId = shipmentId;
        this.line = line;
        this.specimenCode = specimenCode;
        this.studyId = studyId;
        this.specimenType = type;
        this.amount = quantity.amount();
        this.unit = quantity.unit();
    }

    int line() {
        return line;
    }

    String specimenCode() {
        return specimenCode;
    }

    String studyId() {
        return studyId;
    }

    SpecimenType specimenType() {
        return specimenType;
    }

    Quantity quantity() {
        return new Quantity(amount, unit);
    }

    Optional<ItemOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    Optional<String> outcomeNote() {
        return Optional.ofNullable(outcomeNote);
    }

    Optional<Instant> receivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    Optional<String> receivedBy() {
        return Optional.ofNullable(receivedBy);
    }

    void receive(Receipt.Item item, Instant at, String by) {
        this.outcome = item.outcome();
        this.outcomeNote = item.note().orElse(null);
        this.receivedAt = at;
        this.receivedBy = by;
    }
}
