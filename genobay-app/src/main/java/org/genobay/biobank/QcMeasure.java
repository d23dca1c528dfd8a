package org.genobay.biobank;

import java.math.BigDecimal;
import org.genobay.errors.InvalidInputException;

/** What a quality-control step measures, with the range a measurement can physically have. */
public enum QcMeasure {
    CONCENTRATION("ng/µL", "0", "100000"),
    A260_280("ratio", "0", "5"),
    A260_230("ratio", "0", "5"),
    RIN("1–10", "1", "10");

    private final String unit;
    private final BigDecimal lowest;
    private final BigDecimal highest;

    QcMeasure(String unit, String lowest, String highest) {
        this.unit = unit;
        this.lowest = new BigDecimal(lowest);
        this.highest = new BigDecimal(highest);
    }

    public String unit() {
        return unit;
    }

    /** Refuses a value no instrument can report, which is a typing error rather than a failed sample. */
    BigDecimal check(BigDecimal value) {
        if (value == null || value.compareTo(lowest) < 0 || value.compareTo(highest) > 0) {
            throw new InvalidInputException(
                    "value",
                    name() + " value " + value + " is outside " + lowest + " to " + highest + " (" + unit + ")");
        }
        return value;
    }
}
