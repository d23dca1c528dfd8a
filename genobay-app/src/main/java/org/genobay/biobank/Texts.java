package org.genobay.biobank;

import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** Checks of free-text fields shared by the biobank's input records. */
final class Texts {

    private Texts() {}

    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            throw new InvalidInputException(field, field + " must be 1 to " + maxLength + " characters");
        }
        return value.strip();
    }

    static Optional<String> optional(String field, Optional<String> value, int maxLength) {
        Optional<String> present =
                value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
        if (present.isPresent() && present.get().length() > maxLength) {
            throw new InvalidInputException(
                    field, field + " has " + present.get().length() + " characters, at most " + maxLength + " allowed");
        }
        return present;
    }
}
