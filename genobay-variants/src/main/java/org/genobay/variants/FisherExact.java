package org.genobay.variants;

/**
 * Fisher's exact test on a 2×2 table, two-sided, as R's {@code fisher.test} computes it: the sum of the probabilities
 * of every table with the same margins whose probability is at most the observed one (times {@code 1 + 1e-7}, R's
 * allowance for rounding, so that tables as likely as the observed one count whatever the last bits say).
 *
 * <p>The table is
 *
 * <pre>
 *          alt  ref
 *   cases   a    b
 *   ctrls   c    d
 * </pre>
 *
 * Under the null hypothesis {@code a} is hypergeometric given the margins. The probabilities are taken relative to the
 * most likely table, walking out from it with the ratio {@code P(x+1)/P(x)}, so nothing overflows and no large
 * log-factorials are subtracted from each other: the result keeps about nine significant digits for tables of up to
 * 10<sup>6</sup> and more. Like R, a p-value too small for a double (below about 1e-308 relative to the most likely
 * table) comes out as 0.
 */
final class FisherExact {
    private static final double REL_ERR = 1 + 1e-7;

    private FisherExact() {}

    /**
     * @return the two-sided p-value, in [0, 1]; 1 when a margin is zero (every table is the observed one)
     * @throws IllegalArgumentException if a count is negative or the total exceeds {@link Integer#MAX_VALUE}
     */
    static double twoSidedP(int a, int b, int c, int d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException(
                    "2x2 table [" + a + ", " + b + "; " + c + ", " + d + "] has a negative count");
        }
        long total = (long) a + b + c + d;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("2x2 table [" + a + ", " + b + "; " + c + ", " + d + "] totals " + total
                    + ", more than " + Integer.MAX_VALUE);
        }
        int row1 = a + b;
        int row2 = c + d;
        int col1 = a + c;
        int lo = Math.max(0, col1 - row2);
        int hi = Math.min(row1, col1);
        if (lo == hi) {
            return 1.0;
        }
        int mode = mode(row1, row2, col1, lo, hi);
        double observed = relativeProbability(a, mode, row1, row2, col1);
        double bound = observed * REL_ERR;

        // Sum P(x)/P(mode) over the support, outwards from the mode; the terms fall monotonically on each side, so a
        // side ends when its terms reach zero.
        double all = 1.0;
        double atMost = 1.0 <= bound ? 1.0 : 0.0;
        double p = 1.0;
        for (int x = mode; x < hi && p > 0; x++) {
            p *= ratioUp(x, row1, row2, col1);
            all += p;
            if (p <= bound) {
                atMost += p;
            }
        }
        p = 1.0;
        for (int x = mode; x > lo && p > 0; x--) {
            p /= ratioUp(x - 1, row1, row2, col1);
            all += p;
            if (p <= bound) {
                atMost += p;
            }
        }
        return Math.min(1.0, atMost / all);
    }

    /** P(x+1)/P(x) for the hypergeometric count of the top-left cell. */
    private static double ratioUp(int x, int row1, int row2, int col1) {
        return ((double) (row1 - x) * (col1 - x)) / ((double) (x + 1) * (row2 - col1 + x + 1));
    }

    /** The most likely value of the top-left cell: floor((row1+1)(col1+1)/(n+2)), clamped to the support. */
    private static int mode(int row1, int row2, int col1, int lo, int hi) {
        long n = (long) row1 + row2;
        long m = ((long) row1 + 1) * ((long) col1 + 1) / (n + 2);
        return (int) Math.max(lo, Math.min(hi, m));
    }

    /** P(x)/P(mode), by multiplying the ratios between them. */
    private static double relativeProbability(int x, int mode, int row1, int row2, int col1) {
        double p = 1.0;
        for (int i = mode; i < x && p > 0; i++) {
            p *= ratioUp(i, row1, row2, col1);
        }
        for (int i = mode; i > x && p > 0; i--) {
            p /= ratioUp(i - 1, row1, row2, col1);
        }
        return p;
    }
}
