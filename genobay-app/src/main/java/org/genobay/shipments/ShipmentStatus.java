package org.genobay.shipments;

import java.util.Set;

/**
 * Where a shipment is: prepared (packed, details still editable), dispatched, then received whole or in part; or
 * cancelled, which only a shipment that has not left can be.
 */
public enum ShipmentStatus {
    PREPARED,
    DISPATCHED,
    RECEIVED,
    PARTIALLY_RECEIVED,
    CANCELLED;

    public boolean canBecome(ShipmentStatus next) {
        return next(this).contains(next);
    }

    static Set<ShipmentStatus> next(ShipmentStatus status) {
        return switch (status) {
            case PREPARED -> Set.of(DISPATCHED, CANCELLED);
            case DISPATCHED -> Set.of(RECEIVED, PARTIALLY_RECEIVED);
            case RECEIVED, PARTIALLY_RECEIVED, CANCELLED -> Set.of();
        };
    }

    /** The status after a receipt: received when every item arrived in order, partially received otherwise. */
    static ShipmentStatus afterReceipt(Receipt receipt) {
        return receipt.items().stream().allMatch(i -> i.outcome() == ItemOutcome.OK) ? RECEIVED : PARTIALLY_RECEIVED;
    }
}
