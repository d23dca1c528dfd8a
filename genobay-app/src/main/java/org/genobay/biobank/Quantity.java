package org.genobay.biobank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.genobay.errors.InvalidInputException;

/** An amount of specimen material: never negative, at most three decimals in its unit. */
public record Quantity(BigDecimal amount, Unit unit) {

    static final int SCALE = 3;
    private static final BigDecimal MAX = new BigDecimal("99999999999");

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX) > 0) {
            throw new InvalidInputException("quantity", "quantity " + amount + " must be between 0 and " + MAX);
        }
        try {
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(
                    "quantity",
                    "quantity " + amount.toPlainString() + " " + unit.symbol() + " has more than 3 decimals");
        }
    }

    public static Quantity of(String amount, Unit unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    /** The same amount in another unit of the same dimension; fails when the result would need more than 3 decimals. */
    Quantity in(Unit target) {
        if (!unit.convertsTo(target)) {
            throw new InvalidInputException(
                    "unit",
                    "cannot convert " + this + " to " + target.symbol() + ": one is a volume, the other a mass");
        }
        BigDecimal converted = amount.multiply(unit.inSmallest()).divide(target.inSmallest());
        return new Quantity(converted, target);
    }

    boolean isZero() {
        return amount.signum() == 0;
    }

    boolean isLessThan(Quantity other) {
        return amount.compareTo(other.in(unit).amount) < 0;
    }

    Quantity minus(Quantity other) {
        return new Quantity(amount.subtract(other.in(unit).amount), unit);
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
