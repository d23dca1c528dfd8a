package org.genobay.errors;

import org.springframework.http.HttpStatus;

/** A failure the caller can act on; each kind has its own HTTP status and problem type. */
public abstract sealed class GenobayException extends RuntimeException
        permits NotFoundException,
                InvalidInputException,
                ConflictException,
                ForbiddenException,
                PayloadTooLargeException,
                PreconditionRequiredException {

    private final String problem;

    GenobayException(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** The last part of the problem type URI, e.g. {@code insufficient-quantity}. */
    public String problem() {
        return problem;
    }

    abstract HttpStatus status();

    abstract String title();
}
