package org.genobay.errors;

import org.springframework.http.HttpStatus;

/** A value in the request is wrong in itself, whatever the state of the data; the message names the field and value. */
public final class InvalidInputException extends GenobayException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super("invalid-input", message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    String title() {
        return "Invalid input";
    }
}
