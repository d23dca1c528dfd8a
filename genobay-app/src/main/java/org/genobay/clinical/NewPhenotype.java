package org.genobay.clinical;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** A phenotype to record: an HPO term, observed or explicitly excluded, with its onset when known. */
public record NewPhenotype(String termId, boolean excluded, Optional<LocalDate> onset) {

    public NewPhenotype {
        if (termId == null || termId.isBlank()) {
            throw new InvalidInputException("termId", "termId is required: an HPO term such as HP:0001627");
        }
        termId = termId.strip().toUpperCase(Locale.ROOT);
        onset = onset == null ? Optional.empty() : onset;
    }
}
