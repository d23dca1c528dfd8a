package org.genobay.errors;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Documents, on every API operation, the problem details it may answer with instead of its result. */
@Component
class ProblemResponses implements OpenApiCustomizer {

    private static final Map<String, String> RESPONSES = Map.of(
            "400", "invalid input: the detail and errors[].field name what is wrong",
            "401", "no or wrong HTTP Basic credentials",
            "403", "the signed-in user's roles do not allow this",
            "404", "not found, or it belongs to another institution",
            "409", "conflicts with the current state (see the type), or changed by someone else (concurrent-edit)");

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        Schema<?> problem = new Schema<>()
                .type("object")
                .description("RFC 9457 problem details")
                .addProperty("type", new Schema<>().type("string").format("uri"))
                .addProperty("title", new Schema<>().type("string"))
                .addProperty("status", new Schema<>().type("integer"))
                .addProperty("detail", new Schema<>().type("string"))
                .addProperty("instance", new Schema<>().type("string").format("uri"));
        api.getComponents().addSchemas("Problem", problem);
        Content content = new Content()
                .addMediaType(
                        "application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
        api.getPaths().values().forEach(path -> path.readOperations()
                .forEach(operation -> RESPONSES.forEach((status, description) -> operation
                        .getResponses()
                        .putIfAbsent(
                                status,
                                new ApiResponse().description(description).content(content)))));
    }
}
