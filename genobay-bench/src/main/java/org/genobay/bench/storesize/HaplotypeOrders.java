package org.genobay.bench.storesize;

import java.util.List;

/**
 * Orders of the haplotypes that make carriers cluster: the positional BWT (Durbin 2014) order, per variant or taken
 * once at each block start, and a per-block sort by a few of the block's own common variants (which a decoder can
 * redo from rows it decodes first).
 */
final class HaplotypeOrders {
    private HaplotypeOrders() {}

    /**
     * Runs the PBWT over all rows. Returns the order at the start of every block of {@code blockRows}; fills {@code
     * bits[v]} with the bits of row v as runs of ones in the order before it (the per-variant PBWT coding).
     */
    static int[][] pbwt(List<long[]> rows, int haplotypes, int blockRows, long[] bits, long[] symbols) {
        int n = rows.size();
        int[][] starts = new int[(n + blockRows - 1) / blockRows][];
        int[] a = new int[haplotypes];
        for (int i = 0; i < haplotypes; i++) {
            a[i] = i;
        }
        int[] zeros = new int[haplotypes];
        int[] ones = new int[haplotypes];
        long[] y = new long[rows.get(0).length];
        for (int v = 0; v < n; v++) {
            if (v % blockRows == 0) {
                starts[v / blockRows] = a.clone();
            }
            long[] x = rows.get(v);
            java.util.Arrays.fill(y, 0);
            int z = 0;
            int o = 0;
            for (int i = 0; i < haplotypes; i++) {
                int h = a[i];
                if ((x[h >>> 6] >>> h & 1) != 0) {
                    y[i >>> 6] |= 1L << i;
                    ones[o++] = h;
                } else {
                    zeros[z++] = h;
                }
            }
            bits[v] = Bits.runs(y);
            symbols[v] = 2L * Bits.runCount(y);
            System.arraycopy(zeros, 0, a, 0, z);
            System.arraycopy(ones, 0, a, z, o);
        }
        return starts;
    }

    /** Row {@code x} in {@code order}: bit i of the result is bit {@code order[i]} of x. */
    static long[] permute(long[] x, int[] order) {
        long[] y = new long[x.length];
        for (int i = 0; i < order.length; i++) {
            int h = order[i];
            y[i >>> 6] |= (x[h >>> 6] >>> h & 1) << i;
        }
        return y;
    }

    /**
     * Up to {@code keys} rows of the block with a minor allele frequency of at least 5%, nearest the block's middle
     * first and no two equal; the haplotypes sorted by them as binary digits (nearest the middle most significant),
     * stable. The decoder rebuilds the order with one stable partition per key after decoding the keys.
     */
    static int[] keyRows(long[][] block, int haplotypes, int keys) {
        int n = block.length;
        int middle = n / 2;
        int[] chosen = new int[keys];
        int k = 0;
        for (int step = 0; step < n && k < keys; step++) {
            int r = middle + ((step & 1) == 0 ? step / 2 : -(step / 2) - 1);
            if (r < 0 || r >= n) {
                continue;
            }
            int c = Bits.popcount(block[r]);
            if (Math.min(c, haplotypes - c) < haplotypes / 20) {
                continue;
            }
            boolean same = false;
            for (int j = 0; j < k && !same; j++) {
                same = java.util.Arrays.equals(block[chosen[j]], block[r]);
            }
            if (!same) {
                chosen[k++] = r;
            }
        }
        return java.util.Arrays.copyOf(chosen, k);
    }

    /** Stable sort of the haplotypes by the key rows, the first key most significant (LSD radix, last key first). */
    static int[] sortBy(long[][] block, int[] keys, int haplotypes) {
        int[] a = new int[haplotypes];
        for (int i = 0; i < haplotypes; i++) {
            a[i] = i;
        }
        int[] zeros = new int[haplotypes];
        int[] ones = new int[haplotypes];
        for (int k = keys.length - 1; k >= 0; k--) {
            long[] x = block[keys[k]];
            int z = 0;
            int o = 0;
            for (int h : a) {
                if ((x[h >>> 6] >>> h & 1) != 0) {
                    ones[o++] = h;
                } else {
                    zeros[z++] = h;
                }
            }
            System.arraycopy(zeros, 0, a, 0, z);
            System.arraycopy(ones, 0, a, z, o);
        }
        return a;
    }
}
