package org.genobay.clinical;

import java.util.Optional;
import org.genobay.errors.InvalidInputException;
import org.springframework.http.HttpHeaders;

/**
 * The version of a clinical row that an API client last read, sent in the standard If-Match request header as the
 * row's version, quoted as an entity tag or not: {@code 3}, {@code "3"} or {@code W/"3"}.
 */
final class IfMatch {

    static final String HEADER = HttpHeaders.IF_MATCH;

    static final String DESCRIPTION = "The version of the record you last read (its `version` field), quoted or not:"
            + " `\"3\"` or `3`. Required to change or remove a record that exists: without it the answer is 428"
            + " Precondition Required; when someone changed the record since, 409 Conflict (concurrent-edit) names who"
            + " and when, and nothing is saved.";

    private IfMatch() {}

    /** The version the header names; none when the header is absent or blank. */
    static Optional<Long> version(Optional<String> header) {
        return header.map(String::strip).filter(h -> !h.isEmpty()).map(IfMatch::parse);
    }

    private static long parse(String header) {
        String tag = header.startsWith("W/") ? header.substring(2) : header;
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag.strip());
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(
                HEADER,
                HEADER + " '" + header + "' is not a record version: send the version you last read, e.g. " + HEADER
                        + ": \"3\"");
    }
}
