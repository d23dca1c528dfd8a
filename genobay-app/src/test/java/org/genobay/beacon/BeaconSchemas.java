package org.genobay.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates documents against the GA4GH Beacon v2 JSON Schemas vendored unmodified under
 * {@code src/test/resources/beacon-v2} (see DATA.md): the schemas' own remote references
 * ({@code https://raw.githubusercontent.com/ga4gh-beacon/beacon-v2/main/...}) are mapped to those copies, so the
 * tests run offline and against exactly the published text.
 */
final class BeaconSchemas {

    static final String REMOTE = "https://raw.githubusercontent.com/ga4gh-beacon/beacon-v2/main/";
    static final String RESPONSES = REMOTE + "framework/json/responses/";
    static final String MODELS = REMOTE + "models/json/beacon-v2-default-model/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers
                    // The default model's schemas point at a common/info.json of their own that upstream never
                    // published; the framework's common/info.json is the one they mean.
                    .mapPrefix(MODELS + "common/info.json", "classpath:beacon-v2/framework/json/common/info.json")
                    .mapPrefix(REMOTE, "classpath:beacon-v2/")));
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private BeaconSchemas() {}

    /** The problems of a JSON document against a schema given by its published URL; empty when it validates. */
    static Set<ValidationMessage> problems(String schemaUrl, String json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(schemaUrl, url -> FACTORY.getSchema(SchemaLocation.of(url)));
        return schema.validate(json, InputFormat.JSON);
    }

    /** Fails naming every problem unless the document is valid against the response schema (a file name). */
    static void assertValid(String responseSchema, String json) {
        assertThat(problems(RESPONSES + responseSchema, json))
                .as("%s against %s", json, responseSchema)
                .isEmpty();
    }
}
