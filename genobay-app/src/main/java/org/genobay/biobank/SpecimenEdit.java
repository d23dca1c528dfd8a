package org.genobay.biobank;

import java.time.Instant;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** New values for the descriptive fields of a specimen, and the version of the specimen they were made on. */
public record SpecimenEdit(long version, Instant collectedAt, String collectionSite, Optional<String> notes) {

    public SpecimenEdit {
        if (collectedAt == null) {
            throw new InvalidInputException("collectedAt", "collectedAt is required");
        }
        collectionSite = Texts.required("collectionSite", collectionSite, 200);
        notes = Texts.optional("notes", notes, 2000);
    }
}
