package org.genobay.clinical;

import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** Free text fields: stripped, required or optional, never longer than their column. */
final class Texts {

    private Texts() {}

    static String required(String field, String value, int max) {
        return optional(field, Optional.ofNullable(value), max)
                .orElseThrow(() -> new InvalidInputException(field, field + " is required"));
    }

    static Optional<String> optional(String field, Optional<String> value, int max) {
        Optional<String> present =
                value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
        present.ifPresent(v -> {
            if (v.length() > max) {
                throw new InvalidInputException(field, field + " is longer than " + max + " characters");
            }
        });
        return present;
    }
}
