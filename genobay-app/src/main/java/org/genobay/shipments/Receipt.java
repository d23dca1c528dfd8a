package org.genobay.shipments;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.errors.InvalidInputException;

/** The receipt of a shipment: when it arrived, and what was found of each item (every item named once). */
public record Receipt(Instant receivedAt, List<Item> items) {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** One item's outcome; a damaged or missing item needs a note saying what was found. */
    public record Item(String specimen, ItemOutcome outcome, Optional<String> note) {

        public Item {
            if (specimen == null || specimen.isBlank()) {
                throw new InvalidInputException("items", "each item names its specimen");
            }
            specimen = specimen.strip();
            if (outcome == null) {
                throw new InvalidInputException(
                        "items", "item " + specimen + ": outcome (OK, DAMAGED, MISSING) is required");
            }
            note = note == null ? Optional.empty() : note.map(String::strip).filter(n -> !n.isEmpty());
            if (note.isPresent() && note.get().length() > 1000) {
                throw new InvalidInputException(
                        "items", "item " + specimen + ": the note has more than 1000 characters");
            }
            if (outcome != ItemOutcome.OK && note.isEmpty()) {
                throw new InvalidInputException(
                        "items", "item " + specimen + " is " + outcome + ": say in a note what was found");
            }
        }
    }

    public Receipt {
        if (receivedAt == null || receivedAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw new InvalidInputException(
                    "receivedAt", "receivedAt " + receivedAt + " is required and must not be in the future");
        }
        if (items == null || items.isEmpty()) {
            throw new InvalidInputException("items", "list the outcome of every item of the shipment");
        }
        items = List.copyOf(items);
        Set<String> seen = new HashSet<>();
        for (Item item : items) {
            if (!seen.add(item.specimen())) {
                throw new InvalidInputException("items", "item " + item.specimen() + " is listed twice");
            }
        }
    }
}
