package org.genobay.errors;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem details every API error answers with; the type names the kind of failure. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:genobay:problem:";

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String problem, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_PREFIX + problem));
        body.setTitle(title);
        return body;
    }

    /** One entry of the {@code errors} list of a validation problem: which field, and what is wrong with it. */
    record FieldProblem(String field, String message) {}

    static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail body = of(HttpStatusCode.valueOf(400), "invalid-input", "Invalid input", detail);
        body.setProperties(Map.of("errors", List.copyOf(errors)));
        return body;
    }
}
