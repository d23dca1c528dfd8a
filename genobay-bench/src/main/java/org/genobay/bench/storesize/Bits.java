package org.genobay.bench.storesize;

/** Lengths in bits of the codes the store writes (Elias gamma, Rice) and of the candidate codes measured here. */
final class Bits {
    private Bits() {}

    /** Elias gamma code of {@code v ≥ 1}, as {@code BitWriter.gamma} writes it. */
    static int gamma(long v) {
        return 2 * (64 - Long.numberOfLeadingZeros(v)) - 1;
    }

    static long rice(long v, int k) {
        return (v >>> k) + 1 + k;
    }

    /** The store's Rice parameter for {@code changes} gaps over {@code slots} positions (SegmentFormat.riceParameter). */
    static int riceParameter(int changes, long slots) {
        long meanGap = slots / (changes + 1L);
        long scaled = meanGap * 69 / 100;
        return scaled <= 1 ? 0 : 63 - Long.numberOfLeadingZeros(scaled);
    }

    /** Bits of the set positions of {@code x} as gamma(count + 1) then Rice-coded gaps (parameter from the count). */
    static long riceSet(long[] x, int count) {
        long bits = gamma(count + 1L);
        int k = riceParameter(count, 64L * x.length);
        int last = -1;
        for (int w = 0; w < x.length; w++) {
            long v = x[w];
            while (v != 0) {
                int at = (w << 6) | Long.numberOfTrailingZeros(v);
                v &= v - 1;
                bits += rice(at - last - 1, k);
                last = at;
            }
        }
        return bits;
    }

    /** Symbols a decoder reads for {@link #riceSet}: one per set position. */
    static long riceSymbols(int count) {
        return count;
    }

    /**
     * Bits of {@code x} as runs of ones: gamma(runs + 1), then per run gamma(gap from the previous run's end + 1) and
     * gamma(length). Wins over {@link #riceSet} when the set positions cluster (a sorted order).
     */
    static long runs(long[] x) {
        long bits = 0;
        int runs = 0;
        int previousEnd = 0;
        int n = 64 * x.length;
        int i = nextSet(x, 0, n);
        while (i < n) {
            int j = nextClear(x, i, n);
            bits += gamma(i - previousEnd + 1L) + gamma(j - i);
            runs++;
            previousEnd = j;
            i = nextSet(x, j, n);
        }
        return bits + gamma(runs + 1L);
    }

    static int runCount(long[] x) {
        int runs = 0;
        int n = 64 * x.length;
        int i = nextSet(x, 0, n);
        while (i < n) {
            int j = nextClear(x, i, n);
            runs++;
            i = nextSet(x, j, n);
        }
        return runs;
    }

    static int nextSet(long[] x, int from, int n) {
        int w = from >>> 6;
        if (w >= x.length) {
            return n;
        }
        long v = x[w] & (-1L << from);
        while (v == 0) {
            if (++w >= x.length) {
                return n;
            }
            v = x[w];
        }
        return Math.min(n, (w << 6) | Long.numberOfTrailingZeros(v));
    }

    static int nextClear(long[] x, int from, int n) {
        int w = from >>> 6;
        if (w >= x.length) {
            return n;
        }
        long v = ~x[w] & (-1L << from);
        while (v == 0) {
            if (++w >= x.length) {
                return n;
            }
            v = ~x[w];
        }
        return Math.min(n, (w << 6) | Long.numberOfTrailingZeros(v));
    }

    static int popcount(long[] x) {
        int c = 0;
        for (long v : x) {
            c += Long.bitCount(v);
        }
        return c;
    }

    static int xorCount(long[] a, long[] b, int stopAt) {
        int c = 0;
        for (int w = 0; w < a.length && c < stopAt; w++) {
            c += Long.bitCount(a[w] ^ b[w]);
        }
        return c;
    }

    /** Bytes of rows coded block by block ({@code blockRows} a block), each block padded to whole bytes. */
    static long blockBytes(long[] bitsPerRow, int blockRows) {
        long bytes = 0;
        for (int start = 0; start < bitsPerRow.length; start += blockRows) {
            long bits = 0;
            for (int r = start; r < Math.min(bitsPerRow.length, start + blockRows); r++) {
                bits += bitsPerRow[r];
            }
            bytes += (bits + 7) / 8;
        }
        return bytes;
    }

    /** log2(n!): the bits of an arbitrary permutation of n items coded at the entropy. */
    static double permutation(int n) {
        double bits = 0;
        for (int i = 2; i <= n; i++) {
            bits += Math.log(i) / Math.log(2);
        }
        return bits;
    }
}
