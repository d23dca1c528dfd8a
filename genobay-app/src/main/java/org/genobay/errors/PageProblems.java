package org.genobay.errors;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The failures of web pages (not of the API, which {@link ApiProblems} answers first) as an error page. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(GenobayException.class)
    ModelAndView genobay(GenobayException e) {
        return new ModelAndView(
                "error",
                Map.of("status", e.status().value(), "reason", e.title(), "detail", e.getMessage()),
                e.status());
    }
}
