package org.genobay.beacon;

import java.util.Map;
import java.util.UUID;
import org.genobay.errors.ConflictException;
import org.genobay.errors.ForbiddenException;
import org.genobay.errors.GenobayException;
import org.genobay.errors.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure of the Beacon as a Beacon v2 error response ({@code meta} and {@code error}), never a stack trace:
 * the message names what was wrong with the request; an unexpected failure is logged under an incident id that the
 * response gives, and nothing else of it.
 */
@RestControllerAdvice(assignableTypes = BeaconApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BeaconErrors {

    private static final Logger log = LoggerFactory.getLogger(BeaconErrors.class);

    private final BeaconResponses responses;

    BeaconErrors(BeaconResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(BeaconException.class)
    ResponseEntity<Map<String, Object>> beacon(BeaconException e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler(GenobayException.class)
    ResponseEntity<Map<String, Object>> genobay(GenobayException e) {
        int status = e instanceof NotFoundException
                ? 404
                : e instanceof ForbiddenException ? 403 : e instanceof ConflictException ? 409 : 400;
        return error(status, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(400, "the request body could not be read (too large or not text)");
    }

    @ExceptionHandler(HttpMediaTypeException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeException e) {
        return error(e.getStatusCode().value(), "send and accept application/json");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("beacon incident {}", incident, e);
        return error(500, "the Beacon failed; the server's log names this failure as incident " + incident);
    }

    private ResponseEntity<Map<String, Object>> error(int status, String message) {
        return ResponseEntity.status(status).body(responses.error(status, message));
    }
}
