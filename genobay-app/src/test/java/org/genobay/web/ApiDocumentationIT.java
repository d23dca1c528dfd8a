package org.genobay.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/api/openapi.json is the API as the application describes it. Run with -Dgenobay.openapi.update=true to rewrite
 * it after changing the API.
 */
class ApiDocumentationIT extends DatabaseIT {

    private static final Path DOCUMENT = Path.of("..", "docs", "api", "openapi.json");
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Autowired
    MockMvc mvc;

    @Test
    void the_published_openapi_document_matches_the_api() throws Exception {
        String live = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        ObjectNode api = (ObjectNode) JSON.readTree(live);
        api.remove("servers"); // the test server's random port
        if (Boolean.getBoolean("genobay.openapi.update")) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, JSON.writeValueAsString(api) + "\n");
        }
        JsonNode published = JSON.readTree(Files.readString(DOCUMENT));
        assertThat(published)
                .as("docs/api/openapi.json is out of date: run the tests with -Dgenobay.openapi.update=true")
                .isEqualTo(api);
        assertThat(api.at("/paths/~1api~1specimens~1{code}/put/responses/409/content")
                        .has("application/problem+json"))
                .isTrue();
    }
}
