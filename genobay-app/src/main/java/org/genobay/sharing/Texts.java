package org.genobay.sharing;

import org.genobay.errors.InvalidInputException;

/** Checks of free text in requests: present, within a length, stripped. */
final class Texts {

    private Texts() {}

    static String required(String field, String value, int min, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() < min || stripped.length() > max) {
            throw new InvalidInputException(
                    field, field + " must be " + min + " to " + max + " characters (was " + stripped.length() + ")");
        }
        return stripped;
    }

    static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? "" : required(field, value, 1, max);
    }
}
