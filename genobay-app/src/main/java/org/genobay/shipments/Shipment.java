package org.genobay.shipments;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.genobay.errors.ConflictException;

/**
 * A shipment from one institution to another and where it is in its life; its items are {@link ShipmentItem}s. The
 * version makes a transition or edit made on a stale copy fail instead of overwriting someone else's.
 */
@Entity
class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private long senderInstitutionId;
    private long receiverInstitutionId;

    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;

    private String courier;
    private String tracking;
    private String note;
    private Instant preparedAt;
    private String preparedBy;
    private Instant dispatchedAt;
    private String dispatchedBy;
    private Instant receivedAt;
    private String receivedBy;
    private Instant cancelledAt;
    private String cancelledBy;

    @Version
    private long version;

    protected Shipment() {}

    Shipment(
            String code,
            long senderInstitutionId,
            long receiverInstitutionId,
            NewShipment.Transport transport,
            Instant preparedAt,
            String preparedBy) {
        this.code = code;
        this.senderInstitutionId = senderInstitutionId;
        this.receiverInstitutionId = receiverInstitutionId;
        this.status = ShipmentStatus.PREPARED;
        this.preparedAt = preparedAt;
        this.preparedBy = preparedBy;
        transport(transport);
    }

    long id() {
        return id;
    }

    String code() {
        return code;
    }

    long senderInstitutionId() {
        return senderInstitutionId;
    }

    long receiverInstitutionId() {
        return receiverInstitutionId;
    }

    ShipmentStatus status() {
        return status;
    }

    NewShipment.Transport transport() {
        return new NewShipment.Transport(
                Optional.ofNullable(courier), Optional.ofNullable(tracking), Optional.ofNullable(note));
    }

    void transport(NewShipment.Transport transport) {
        this.courier = transport.courier().orElse(null);
        this.tracking = transport.tracking().orElse(null);
        this.note = transport.note().orElse(null);
    }

    Instant preparedAt() {
        return preparedAt;
    }

    String preparedBy() {
        return preparedBy;
    }

    Optional<Stamp> dispatched() {
        return Stamp.of(dispatchedAt, dispatchedBy);
    }

    Optional<Stamp> received() {
        return Stamp.of(receivedAt, receivedBy);
    }

    Optional<Stamp> cancelled() {
        return Stamp.of(cancelledAt, cancelledBy);
    }

    long version() {
        return version;
    }

    /** Moves to the next status, refusing a transition the status machine does not allow. */
    void moveTo(ShipmentStatus next, Instant at, String by) {
        if (!status.canBecome(next)) {
            throw new ConflictException(
                    "invalid-transition",
                    "shipment " + code + " is " + status + " and cannot become " + next + "; allowed: "
                            + ShipmentStatus.next(status).stream().sorted().toList());
        }
        status = next;
        switch (next) {
            case DISPATCHED -> {
                dispatchedAt = at;
                dispatchedBy = by;
            }
            case RECEIVED, PARTIALLY_RECEIVED -> {
                receivedAt = at;
                receivedBy = by;
            }
            case CANCELLED -> {
                cancelledAt = at;
                cancelledBy = by;
            }
            case PREPARED -> throw new IllegalStateException("no shipment returns to PREPARED");
        }
    }

    /** When and by whom a step was taken. */
    record Stamp(Instant at, String by) {

        static Optional<Stamp> of(Instant at, String by) {
            return at == null ? Optional.empty() : Optional.of(new Stamp(at, by));
        }
    }
}
