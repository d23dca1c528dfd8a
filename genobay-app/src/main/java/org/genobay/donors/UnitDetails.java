package org.genobay.donors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.genobay.errors.InvalidInputException;

/**
 * What a cord-blood bank records of a unit besides its HLA typing, checked here for the API, the pages and the demo.
 *
 * @param specimen the biobank specimen the unit is stored as, by its code (optional)
 * @param volumeMl volume after processing, mL
 * @param tnc total nucleated cells, ×10^7
 * @param cd34 CD34+ cells, ×10^6
 * @param viability viable cells, % (optional)
 * @param tests infectious-disease markers and their results, e.g. {@code HIV-1/2 → NEGATIVE}
 */
public record UnitDetails(
        Optional<String> specimen,
        Optional<LocalDate> collectedOn,
        BigDecimal volumeMl,
        BigDecimal tnc,
        BigDecimal cd34,
        Optional<BigDecimal> viability,
        Map<String, String> tests,
        UnitStatus status) {

    public UnitDetails {
        specimen = specimen.map(String::strip).filter(v -> !v.isEmpty());
        Objects.requireNonNull(collectedOn, "collectedOn");
        positive("volumeMl", "volume (mL)", volumeMl);
        positive("tnc", "TNC (×10^7)", tnc);
        positive("cd34", "CD34+ (×10^6)", cd34);
        viability
                .filter(v -> v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0)
                .ifPresent(v -> {
                    throw new InvalidInputException("viability", "viability " + v + " % is not between 0 and 100");
                });
        tests = new TreeMap<>(tests == null ? Map.of() : tests);
        tests.forEach((test, result) -> {
            if (test.isBlank() || result == null || result.isBlank()) {
                throw new InvalidInputException("tests", "test '" + test + "' needs a name and a result");
            }
        });
        tests = Map.copyOf(tests);
        if (status == null) {
            throw new InvalidInputException(
                    "status", "status is required: one of QUARANTINE, RELEASED, RESERVED, SHIPPED, DISCARDED");
        }
    }

    private static void positive(String field, String what, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required: " + what);
        }
        if (value.signum() <= 0) {
            throw new InvalidInputException(field, what + " " + value + " must be more than 0");
        }
    }
}
