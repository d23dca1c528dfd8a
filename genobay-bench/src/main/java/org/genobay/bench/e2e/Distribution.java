package org.genobay.bench.e2e;

import java.util.Arrays;

/**
 * Summary of repeated timings, in seconds.
 *
 * @param p95 the 95th percentile (nearest rank)
 */
public record Distribution(int n, double median, double p95, double min, double max) {
    public Distribution {
        if (n < 1) {
            throw new IllegalArgumentException("a distribution needs at least one timing");
        }
    }

    public static Distribution ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no timings");
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        int n = s.length;
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
        double p95 = s[Math.max(0, (int) Math.ceil(0.95 * n) - 1)];
        return new Distribution(n, median / 1e9, p95 / 1e9, s[0] / 1e9, s[n - 1] / 1e9);
    }
}
