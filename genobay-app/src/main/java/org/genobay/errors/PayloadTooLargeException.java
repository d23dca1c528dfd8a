package org.genobay.errors;

import org.springframework.http.HttpStatus;

/** An upload is larger than the configured limit; the message names the file, its size and the limit. */
public final class PayloadTooLargeException extends GenobayException {

    public PayloadTooLargeException(String message) {
        super("payload-too-large", message);
    }

    @Override
    HttpStatus status() {
        return HttpStatus.CONTENT_TOO_LARGE;
    }

    @Override
    String title() {
        return "Upload too large";
    }
}
