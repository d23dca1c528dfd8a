package org.genobay.bench.synth;

import java.util.List;
import java.util.function.IntUnaryOperator;

/** Pearson correlation and haplotype r², as population geneticists compute them. */
final class Statistics {
    private Statistics() {}

    static double pearson(List<double[]> pairs) {
        double n = pairs.size();
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (double[] p : pairs) {
            sx += p[0];
            sy += p[1];
            sxx += p[0] * p[0];
            syy += p[1] * p[1];
            sxy += p[0] * p[1];
        }
        double cov = sxy - sx * sy / n;
        return cov / Math.sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
    }

    /** r² between "carries a non-reference allele" at two sites over {@code n} haplotypes; 0 when one is fixed. */
    static double rSquared(int n, IntUnaryOperator a, IntUnaryOperator b) {
        double pa = 0, pb = 0, pab = 0;
        for (int h = 0; h < n; h++) {
            boolean x = a.applyAsInt(h) != 0;
            boolean y = b.applyAsInt(h) != 0;
            pa += x ? 1 : 0;
            pb += y ? 1 : 0;
            pab += x && y ? 1 : 0;
        }
        pa /= n;
        pb /= n;
        pab /= n;
        double var = pa * (1 - pa) * pb * (1 - pb);
        if (var == 0) {
            return 0;
        }
        double d = pab - pa * pb;
        return d * d / var;
    }
}
