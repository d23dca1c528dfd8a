package org.genobay.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.genobay.biobank.Quantity;
import org.genobay.biobank.SpecimenType;
import org.genobay.biobank.Unit;
import org.junit.jupiter.api.Test;

class ManifestTest {

    @Test
    void the_manifest_has_one_line_per_item_with_quoted_notes() {
        Shipments.Step step = new Shipments.Step(Instant.parse("2025-03-01T08:00:00Z"), "tech");
        Shipments.ShipmentView shipment = new Shipments.ShipmentView(
                "SH-0000TEST",
                new Shipments.Party("NUH", "Northfield"),
                new Shipments.Party("SCB", "Stem-cell bank"),
                false,
                ShipmentStatus.PARTIALLY_RECEIVED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                step,
                Optional.of(step),
                Optional.of(step),
                Optional.empty(),
                List.of(
                        new Shipments.ItemView(
                                1,
                                "SP-AAAAAAAA",
                                "GB-11111111",
                                SpecimenType.DNA,
                                Quantity.of("20", Unit.UG),
                                Optional.of(ItemOutcome.OK),
                                Optional.empty(),
                                Optional.of(step)),
                        new Shipments.ItemView(
                                2,
                                "SP-BBBBBBBB",
                                "GB-22222222",
                                SpecimenType.PLASMA,
                                Quantity.of("1.5", Unit.ML),
                                Optional.of(ItemOutcome.DAMAGED),
                                Optional.of("cracked, leaking"),
                                Optional.of(step))),
                3);

        assertThat(Manifest.csv(shipment))
                .isEqualTo(
                        """
                        shipment,from,to,status,line,specimen,participant,type,quantity,unit,outcome,note
                        SH-0000TEST,NUH,SCB,PARTIALLY_RECEIVED,1,SP-AAAAAAAA,GB-11111111,DNA,20,µg,OK,
                        SH-0000TEST,NUH,SCB,PARTIALLY_RECEIVED,2,SP-BBBBBBBB,GB-22222222,PLASMA,1.5,mL,DAMAGED,"cracked, leaking"
                        """);
    }
}
