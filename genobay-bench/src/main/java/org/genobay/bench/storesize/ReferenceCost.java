package org.genobay.bench.storesize;

/**
 * Bit counts of a block of bit-vector rows (haplotype rows, possibly permuted) each coded as its difference from
 * earlier rows of the block: from one row chosen within {@code window} rows back (or from all-zero), optionally from
 * the XOR of two such rows, the difference as Rice-coded positions or, with {@code runs}, the cheaper of that and runs
 * of ones (one bit says which). Rows are coded in {@code order}; a row may refer to any row coded before it.
 */
record ReferenceCost(int window, boolean twoReferences, boolean runs) {
    /** Candidates from the single-reference search that are tried in pairs. */
    private static final int PAIR_CANDIDATES = 6;

    /** Per row (indexed as in {@code rows}): bits; {@code symbols[r]}: positions or runs decoded. */
    long[] block(long[][] rows, int[] order, long[] symbols) {
        int n = rows.length;
        int words = rows[0].length;
        int[] count = new int[n];
        for (int r = 0; r < n; r++) {
            count[r] = Bits.popcount(rows[r]);
        }
        long[] bits = new long[n];
        long[] diff = new long[words];
        int[] candidate = new int[PAIR_CANDIDATES];
        int[] candidateDiff = new int[PAIR_CANDIDATES];
        for (int i = 0; i < n; i++) {
            int r = order[i];
            long[] row = rows[r];
            int best = count[r];
            int bestDistance = 0;
            int kept = 0;
            for (int d = 1; d <= Math.min(i, window) && best > 0; d++) {
                int o = order[i - d];
                int bound = twoReferences ? Integer.MAX_VALUE : best;
                if (!twoReferences && Math.abs(count[o] - count[r]) >= best) {
                    continue;
                }
                int x = Bits.xorCount(row, rows[o], bound);
                if (twoReferences) {
                    kept = keep(candidate, candidateDiff, kept, d, x);
                }
                if (x < best) {
                    best = x;
                    bestDistance = d;
                }
            }
            long header = Bits.gamma(bestDistance + 1L) + 1;
            int second = 0;
            if (twoReferences) {
                header += 1;
                int bestPair = best;
                for (int a = 0; a < kept; a++) {
                    for (int b = a + 1; b < kept; b++) {
                        long[] ra = rows[order[i - candidate[a]]];
                        long[] rb = rows[order[i - candidate[b]]];
                        int x = 0;
                        for (int w = 0; w < words && x < bestPair; w++) {
                            x += Long.bitCount(row[w] ^ ra[w] ^ rb[w]);
                        }
                        if (x < bestPair) {
                            bestPair = x;
                            bestDistance = candidate[a];
                            second = candidate[b];
                        }
                    }
                }
                if (second > 0) {
                    best = bestPair;
                    header += Bits.gamma(second);
                }
            }
            long[] a = bestDistance == 0 ? null : rows[order[i - bestDistance]];
            long[] b = second == 0 ? null : rows[order[i - second]];
            for (int w = 0; w < words; w++) {
                diff[w] = row[w] ^ (a == null ? 0 : a[w]) ^ (b == null ? 0 : b[w]);
            }
            long payload = Bits.riceSet(diff, best);
            long symbol = best;
            if (runs) {
                long asRuns = Bits.runs(diff);
                if (asRuns < payload) {
                    payload = asRuns;
                    symbol = 2L * Bits.runCount(diff);
                }
                payload += 1;
            }
            bits[r] = header + payload;
            symbols[r] = symbol;
        }
        return bits;
    }

    /** Keeps the {@code PAIR_CANDIDATES} lowest differences seen; returns how many are kept. */
    private static int keep(int[] candidate, int[] candidateDiff, int kept, int d, int x) {
        if (kept < candidate.length) {
            candidate[kept] = d;
            candidateDiff[kept] = x;
            return kept + 1;
        }
        int worst = 0;
        for (int k = 1; k < kept; k++) {
            if (candidateDiff[k] > candidateDiff[worst]) {
                worst = k;
            }
        }
        if (x < candidateDiff[worst]) {
            candidate[worst] = d;
            candidateDiff[worst] = x;
        }
        return kept;
    }
}
