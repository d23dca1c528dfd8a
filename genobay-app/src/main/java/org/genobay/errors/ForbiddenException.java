package org.genobay.errors;

import org.springframework.http.HttpStatus;

/** The signed-in user has no role that allows the action. */
public final class ForbiddenException extends GenobayException {

    public ForbiddenException(String message) {
        super("forbidden", message);
    }

    @Override
    HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    String title() {
        return "Forbidden";
    }
}
