package org.genobay.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/**
 * An observation to record: what was observed (a code in a code system, e.g. LOINC 2345-7, with its display text),
 * and either a number with an optional unit or a text, on a date.
 */
public record NewObservation(
        String system,
        String code,
        String display,
        Optional<BigDecimal> value,
        Optional<String> unit,
        Optional<String> text,
        LocalDate effectiveOn) {

    public NewObservation {
        system = Texts.required("system", system, 200);
        code = Texts.required("code", code, 64);
        display = Texts.required("display", display, 200);
        value = value == null ? Optional.empty() : value;
        unit = Texts.optional("unit", unit, 32);
        text = Texts.optional("text", text, 2000);
        if (value.isPresent() == text.isPresent()) {
            throw new InvalidInputException(
                    "value",
                    "give either a value (a number, with its unit) or a text, not "
                            + (value.isPresent() ? "both" : "neither"));
        }
        if (unit.isPresent() && value.isEmpty()) {
            throw new InvalidInputException("unit", "unit " + unit.get() + " needs a numeric value");
        }
        value.ifPresent(v -> {
            if (v.precision() - v.scale() > 12 || v.scale() > 6) {
                throw new InvalidInputException(
                        "value", "value " + v.toPlainString() + " has more than 12 digits or 6 decimals");
            }
        });
        if (effectiveOn == null) {
            throw new InvalidInputException("effectiveOn", "effectiveOn (the date of the observation) is required");
        }
    }
}
