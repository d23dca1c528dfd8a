package org.genobay.shipments;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.errors.InvalidInputException;

/** A shipment as the sender prepares it: to which institution (its code), which specimens, and how it travels. */
public record NewShipment(String to, List<String> specimens, Transport transport) {

    static final int MAX_ITEMS = 500;

    public NewShipment {
        if (to == null || to.isBlank()) {
            throw new InvalidInputException("to", "to (the code of the receiving institution) is required");
        }
        to = to.strip();
        if (specimens == null || specimens.isEmpty()) {
            throw new InvalidInputException("specimens", "a shipment carries at least one specimen");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : specimens) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (!codes.add(code.strip())) {
                throw new InvalidInputException("specimens", "specimen " + code.strip() + " is listed twice");
            }
        }
        if (codes.isEmpty()) {
            throw new InvalidInputException("specimens", "a shipment carries at least one specimen");
        }
        if (codes.size() > MAX_ITEMS) {
            throw new InvalidInputException(
                    "specimens", "a shipment carries at most " + MAX_ITEMS + " specimens, not " + codes.size());
        }
        specimens = List.copyOf(codes);
        transport = transport == null ? Transport.NONE : transport;
    }

    /** The courier, its tracking number and a note for the receiver; all optional. */
    public record Transport(Optional<String> courier, Optional<String> tracking, Optional<String> note) {

        static final Transport NONE = new Transport(Optional.empty(), Optional.empty(), Optional.empty());

        public Transport {
            courier = text("courier", courier, 200);
            tracking = text("tracking", tracking, 200);
            note = text("note", note, 2000);
        }

        private static Optional<String> text(String field, Optional<String> value, int max) {
            Optional<String> present =
                    value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
            if (present.isPresent() && present.get().length() > max) {
                throw new InvalidInputException(
                        field, field + " has " + present.get().length() + " characters, at most " + max + " allowed");
            }
            return present;
        }

        /** ", by DHL, tracking 1Z…" for custody events; empty when neither is known. */
        String describe() {
            return courier.map(c -> ", by " + c).orElse("")
                    + tracking.map(t -> ", tracking " + t).orElse("");
        }
    }
}
