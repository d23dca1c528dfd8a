package org.genobay.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers the errors raised outside controllers (unknown paths, failed sign-in, missing roles): problem details when
 * the request was for the API, a plain error page otherwise. It replaces Boot's whitelabel error handling.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && (path.equals("/api") || path.startsWith("/api/"))) {
            ProblemDetail body =
                    Problems.of(status, problem(status), status.getReasonPhrase(), detail(status, path, request));
            body.setInstance(URI.create(path));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body);
        }
        return new ModelAndView("error", Map.of("status", status.value(), "reason", status.getReasonPhrase()), status);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String problem(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case CONTENT_TOO_LARGE -> "payload-too-large";
            default -> status.is4xxClientError() ? "bad-request" : "internal";
        };
    }

    private static String detail(HttpStatus status, String path, HttpServletRequest request) {
        return switch (status) {
                // the size limits word their own message (sizes only, nothing internal)
            case CONTENT_TOO_LARGE -> String.valueOf(request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
            case UNAUTHORIZED -> "sign in first: the API takes HTTP Basic credentials of a Genobay account";
            case FORBIDDEN -> "your roles do not allow " + path;
            case NOT_FOUND -> "no resource at " + path;
            default -> status.getReasonPhrase() + " at " + path;
        };
    }
}
