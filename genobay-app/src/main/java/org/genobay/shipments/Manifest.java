package org.genobay.shipments;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A shipment's manifest as CSV: one line per item, with the shipment's parties and each item's receipt. */
final class Manifest {

    static final List<String> COLUMNS = List.of(
            "shipment",
            "from",
            "to",
            "status",
            "line",
            "specimen",
            "participant",
            "type",
            "quantity",
            "unit",
            "outcome",
            "note");

    private Manifest() {}

    static String csv(Shipments.ShipmentView shipment) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Shipments.ItemView item : shipment.items()) {
                csv.printRecord(
                        shipment.code(),
                        shipment.from().code(),
                        shipment.to().code(),
                        shipment.status(),
                        item.line(),
                        item.specimen(),
                        item.participant(),
                        item.type(),
                        item.quantity().amount().stripTrailingZeros().toPlainString(),
                        item.quantity().unit().symbol(),
                        item.outcome().map(Enum::name).orElse(""),
                        item.note().orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a manifest in memory failed", e);
        }
        return out.toString();
    }
}
