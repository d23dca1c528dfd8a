package org.genobay.errors;

import org.springframework.http.HttpStatus;

/**
 * The request is well formed but the current state of the data forbids it: a status change that is not allowed, an
 * occupied box position, more quantity than a specimen has left, or an edit of a version someone else has replaced.
 */
public final class ConflictException extends GenobayException {

    /** A stale version: someone else saved the same record since the caller read it. */
    public static final String CONCURRENT_EDIT = "concurrent-edit";

    public ConflictException(String problem, String message) {
        super(problem, message);
    }

    @Override
    HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    String title() {
        return problem().equals(CONCURRENT_EDIT) ? "Changed by someone else" : "Conflict with the current state";
    }
}
