package org.genobay.biobank;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** A primary specimen as collected from a participant, maybe under one of the institution's collection protocols. */
public record NewSpecimen(
        String studyId,
        SpecimenType type,
        Quantity quantity,
        Instant collectedAt,
        String collectionSite,
        Optional<String> notes,
        Optional<String> protocol) {

    // Clocks of collection devices drift; a few minutes ahead is not an error.
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public NewSpecimen {
        if (studyId == null || studyId.isBlank()) {
            throw new InvalidInputException("participant", "participant (a study ID) is required");
        }
        if (type == null) {
            throw new InvalidInputException("type", "type is required");
        }
        if (quantity == null || quantity.isZero()) {
            throw new InvalidInputException("quantity", "quantity must be more than 0");
        }
        if (collectedAt == null || collectedAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw new InvalidInputException(
                    "collectedAt", "collectedAt " + collectedAt + " is required and must not be in the future");
        }
        collectionSite = Texts.required("collectionSite", collectionSite, 200);
        notes = Texts.optional("notes", notes, 2000);
        protocol = Texts.optional("protocol", protocol, 32);
    }

    /** A specimen collected under no protocol. */
    public NewSpecimen(
            String studyId,
            SpecimenType type,
            Quantity quantity,
            Instant collectedAt,
            String collectionSite,
            Optional<String> notes) {
        this(studyId, type, quantity, collectedAt, collectionSite, notes, Optional.empty());
    }
}
