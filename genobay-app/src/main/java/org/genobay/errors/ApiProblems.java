package org.genobay.errors;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every exception a REST controller throws into problem details. Errors outside controllers (unknown paths,
 * authentication) reach {@link ErrorPages} instead.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(GenobayException.class)
    ResponseEntity<ProblemDetail> genobay(GenobayException e) {
        ProblemDetail body = Problems.of(e.status(), e.problem(), e.title(), e.getMessage());
        if (e instanceof InvalidInputException invalid) {
            body = Problems.invalid(
                    e.getMessage(), List.of(new Problems.FieldProblem(invalid.field(), e.getMessage())));
        }
        return ResponseEntity.status(e.status()).body(body);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentEdit(ObjectOptimisticLockingFailureException e) {
        return genobay(new ConflictException(
                ConflictException.CONCURRENT_EDIT,
                "the record was changed by someone else while you edited it; reload it and apply your change again"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        // Services check the rules first; this is the race between two requests, caught by a database constraint.
        log.info("constraint violation: {}", e.getMostSpecificCause().getMessage());
        return genobay(new ConflictException(
                "constraint", "the change conflicts with data saved at the same time by someone else; try again"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return genobay(new ForbiddenException("your roles do not allow this action"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("incident {}", incident, e);
        ProblemDetail body = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
                "the server failed; the log names this failure as incident " + incident);
        return ResponseEntity.internalServerError().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldProblem(
                        f.getField(),
                        f.getField() + " " + f.getDefaultMessage() + " (was " + f.getRejectedValue() + ")"))
                .toList();
        String detail = errors.stream()
                .map(Problems.FieldProblem::message)
                .sorted()
                .toList()
                .toString();
        return ResponseEntity.badRequest().body(Problems.invalid(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new Problems.FieldProblem(
                                r.getMethodParameter().getParameterName(),
                                r.getMethodParameter().getParameterName() + " " + err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid("invalid request parameters", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String detail = "the request body is not valid JSON for this endpoint";
        if (e.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            field = databind.getPathReference().replaceAll("^[^\\[]*\\[\"?|\"?]$", "");
            detail = "field '" + field + "': " + databind.getOriginalMessage();
        } else if (e.getCause() instanceof JacksonException json) {
            detail = "the request body is not valid JSON: " + json.getOriginalMessage();
        }
        return ResponseEntity.badRequest()
                .body(Problems.invalid(detail, List.of(new Problems.FieldProblem(field, detail))));
    }
}
