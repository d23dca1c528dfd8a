package org.genobay.donors;

import java.time.Instant;
import java.util.Optional;
import org.genobay.errors.ConflictException;
import org.genobay.errors.PreconditionRequiredException;

/** Optimistic locking of donors and units: a change names the version its author last read (If-Match in the API). */
final class Versions {

    private Versions() {}

    static void require(String what, long current, Instant changedAt, String changedBy, Optional<Long> seen) {
        if (seen.isEmpty()) {
            throw new PreconditionRequiredException(what + " exists: send the version you last read with the change"
                    + " (the If-Match header in the API, e.g. If-Match: \"" + current + "\")");
        }
        if (seen.get() != current) {
            throw new ConflictException(
                    ConflictException.CONCURRENT_EDIT,
                    what + " was changed by " + changedBy + " at " + changedAt + " (it is at version " + current
                            + ", your change was made on version " + seen.get() + "); reload it and make your change"
                            + " again");
        }
    }

    /** The If-Match header's version: {@code 3}, {@code "3"} or {@code W/"3"}. */
    static Optional<Long> ifMatch(Optional<String> header) {
        return header.map(String::strip).filter(h -> !h.isEmpty()).map(h -> {
            String tag = h.startsWith("W/") ? h.substring(2) : h;
            tag = tag.replace("\"", "").strip();
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new org.genobay.errors.InvalidInputException(
                        "If-Match", "If-Match '" + h + "' is not a record version: send the version you last read");
            }
        });
    }
}
