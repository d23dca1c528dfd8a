package org.genobay.cli.variants;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A number as C's {@code printf("%g")} writes it, which is how bcftools prints floats: six significant digits, trailing
 * zeros dropped, exponent form below 1e-4 or from 1e6 ({@code 0.000199681}, {@code 0.5}, {@code 1}, {@code 1e-05}).
 */
final class FloatText {
    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

    private FloatText() {}

    static String of(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        // new BigDecimal(double) is the exact binary value, so rounding it matches glibc's correctly rounded printf.
        BigDecimal rounded = new BigDecimal(value).round(SIX_DIGITS);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String mantissa =
                    rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
            int magnitude = Math.abs(exponent);
            return mantissa + (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + magnitude;
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
