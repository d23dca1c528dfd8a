package org.genobay.bench.donors;

import java.util.Arrays;

/** Search times (ms) and counts of one index size and one k, summarized as the report states them. */
record SearchTimes(int k, double medianMs, double p95Ms, double maxMs, long medianQualifying, long medianReturned) {
    static SearchTimes of(int k, double[] ms, long[] qualifying, long[] returned) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        long[] q = qualifying.clone();
        Arrays.sort(q);
        long[] r = returned.clone();
        Arrays.sort(r);
        return new SearchTimes(
                k,
                percentile(sorted, 0.5),
                percentile(sorted, 0.95),
                sorted[sorted.length - 1],
                q[q.length / 2],
                r[r.length / 2]);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
