package org.genobay.clinical;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;

/** HAPI's R4 context (expensive to build, so built once) and the conversions between our dates and FHIR's. */
final class Fhir {

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private Fhir() {}

    /** A parser that refuses unknown elements and malformed values instead of dropping them silently. */
    static IParser strictJson() {
        return CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    static IParser prettyJson() {
        return CONTEXT.newJsonParser().setPrettyPrint(true);
    }

    static DateTimeType dateTime(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    /** A stable urn:uuid full URL for a resource of the bundle. */
    static String fullUrl(String type, String id) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((type + "/" + id).getBytes(StandardCharsets.UTF_8));
    }
}
