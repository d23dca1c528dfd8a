package org.genobay.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.genobay.errors.ConflictException;
import org.junit.jupiter.api.Test;

class ShipmentStatusTest {

    @Test
    void a_prepared_shipment_is_dispatched_or_cancelled_and_a_dispatched_one_is_received_whole_or_in_part() {
        assertThat(ShipmentStatus.next(ShipmentStatus.PREPARED))
                .containsExactlyInAnyOrder(ShipmentStatus.DISPATCHED, ShipmentStatus.CANCELLED);
        assertThat(ShipmentStatus.next(ShipmentStatus.DISPATCHED))
                .containsExactlyInAnyOrder(ShipmentStatus.RECEIVED, ShipmentStatus.PARTIALLY_RECEIVED);
    }

    @Test
    void a_dispatched_shipment_cannot_be_cancelled_and_nothing_leaves_a_final_status() {
        assertThat(ShipmentStatus.DISPATCHED.canBecome(ShipmentStatus.CANCELLED))
                .isFalse();
        for (ShipmentStatus next : ShipmentStatus.values()) {
            assertThat(ShipmentStatus.RECEIVED.canBecome(next)).isFalse();
            assertThat(ShipmentStatus.PARTIALLY_RECEIVED.canBecome(next)).isFalse();
            assertThat(ShipmentStatus.CANCELLED.canBecome(next)).isFalse();
            assertThat(next.canBecome(ShipmentStatus.PREPARED)).isFalse();
        }
    }

    @Test
    void a_receipt_with_any_item_not_ok_makes_the_shipment_partially_received() {
        Receipt allOk = new Receipt(Instant.now(), List.of(new Receipt.Item("SP-1", ItemOutcome.OK, Optional.empty())));
        Receipt oneDamaged = new Receipt(
                Instant.now(),
                List.of(
                        new Receipt.Item("SP-1", ItemOutcome.OK, Optional.empty()),
                        new Receipt.Item("SP-2", ItemOutcome.DAMAGED, Optional.of("cracked tube"))));

        assertThat(ShipmentStatus.afterReceipt(allOk)).isEqualTo(ShipmentStatus.RECEIVED);
        assertThat(ShipmentStatus.afterReceipt(oneDamaged)).isEqualTo(ShipmentStatus.PARTIALLY_RECEIVED);
    }

    @Test
    void an_illegal_transition_is_a_conflict_that_names_the_allowed_ones() {
        Shipment shipment = new Shipment("SH-TEST0001", 1, 2, NewShipment.Transport.NONE, Instant.now(), "tech");
        shipment.moveTo(ShipmentStatus.DISPATCHED, Instant.now(), "tech");

        assertThatThrownBy(() -> shipment.moveTo(ShipmentStatus.CANCELLED, Instant.now(), "tech"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("shipment SH-TEST0001 is DISPATCHED and cannot become CANCELLED; allowed: "
                        + "[RECEIVED, PARTIALLY_RECEIVED]");
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.DISPATCHED);
    }
}
