package org.genobay.errors;

import org.springframework.http.HttpStatus;

/**
 * The named thing does not exist, or belongs to another institution: both read the same, so that no one learns what
 * another institution holds.
 */
public final class NotFoundException extends GenobayException {

    public NotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " not found");
    }

    @Override
    HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    String title() {
        return "Not found";
    }
}
