package org.genobay.errors;

import org.springframework.http.HttpStatus;

/**
 * A change of an existing record came without the version the caller last read, so it could silently overwrite
 * someone else's change; the message says what to send.
 */
public final class PreconditionRequiredException extends GenobayException {

    public PreconditionRequiredException(String message) {
        super("version-required", message);
    }

    @Override
    HttpStatus status() {
        return HttpStatus.PRECONDITION_REQUIRED;
    }

    @Override
    String title() {
        return "Version required";
    }
}
