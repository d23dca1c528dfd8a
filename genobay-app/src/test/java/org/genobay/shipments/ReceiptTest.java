package org.genobay.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    @Test
    void a_damaged_or_missing_item_needs_a_note_saying_what_was_found() {
        assertThatThrownBy(() -> new Receipt.Item("SP-1", ItemOutcome.DAMAGED, Optional.of("  ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("item SP-1 is DAMAGED: say in a note what was found");
        assertThat(new Receipt.Item(" SP-1 ", ItemOutcome.MISSING, Optional.of(" not in the box ")))
                .isEqualTo(new Receipt.Item("SP-1", ItemOutcome.MISSING, Optional.of("not in the box")));
    }

    @Test
    void an_item_listed_twice_or_a_receipt_in_the_future_is_refused() {
        Receipt.Item ok = new Receipt.Item("SP-1", ItemOutcome.OK, Optional.empty());

        assertThatThrownBy(() -> new Receipt(Instant.now(), List.of(ok, ok))).hasMessage("item SP-1 is listed twice");
        assertThatThrownBy(() -> new Receipt(Instant.now().plus(Duration.ofHours(1)), List.of(ok)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must not be in the future");
    }

    @Test
    void a_shipment_names_its_receiver_and_carries_each_specimen_once() {
        assertThatThrownBy(() -> new NewShipment(" ", List.of("SP-1"), null))
                .hasMessageContaining("to (the code of the receiving institution) is required");
        assertThatThrownBy(() -> new NewShipment("B", List.of("SP-1", " SP-1"), null))
                .hasMessage("specimen SP-1 is listed twice");
        assertThatThrownBy(() -> new NewShipment("B", List.of(" "), null))
                .hasMessage("a shipment carries at least one specimen");
        assertThat(new NewShipment("B", List.of(" SP-1", "", "SP-2"), null).specimens())
                .containsExactly("SP-1", "SP-2");
    }
}
