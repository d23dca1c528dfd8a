package org.genobay.biobank;

import java.math.BigDecimal;

/** Units of specimen quantity; units of the same dimension convert into each other. */
public enum Unit {
    ML("mL", Dimension.VOLUME, 1000),
    UL("µL", Dimension.VOLUME, 1),
    MG("mg", Dimension.MASS, 1_000_000),
    UG("µg", Dimension.MASS, 1000),
    NG("ng", Dimension.MASS, 1);

    enum Dimension {
        VOLUME,
        MASS
    }

    private final String symbol;
    private final Dimension dimension;
    private final BigDecimal inSmallest;

    Unit(String symbol, Dimension dimension, long inSmallest) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.inSmallest = BigDecimal.valueOf(inSmallest);
    }

    public String symbol() {
        return symbol;
    }

    boolean convertsTo(Unit other) {
        return dimension == other.dimension;
    }

    BigDecimal inSmallest() {
        return inSmallest;
    }
}
