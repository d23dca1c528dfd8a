package org.genobay.bench.storesize;

import java.util.Arrays;

/**
 * A working coder of the best count-friendly candidate measured ("haplotype rows, 1 reference ≤ 1023 back, Rice"),
 * to prove it round-trips and to time its decoding beside the store's: per row gamma(distance + 1) (0: from all-zero),
 * one bit saying whether a later row refers to it, gamma(changes + 1), then the changed haplotypes' Rice-coded gaps.
 * Haplotype {@code 2 × sample + phase}; a sample's het/hom class follows from its two bits, so a cohort is counted
 * from the changes alone, keeping planes only of rows a later one refers to (as format 3 does).
 */
final class HaplotypeBlockCodec {
    static final int WINDOW = 1023;

    private HaplotypeBlockCodec() {}

    static byte[] encode(long[][] rows) {
        int n = rows.length;
        int[] count = new int[n];
        for (int r = 0; r < n; r++) {
            count[r] = Bits.popcount(rows[r]);
        }
        int[] distance = new int[n];
        int[] changes = new int[n];
        boolean[] referenced = new boolean[n];
        for (int r = 0; r < n; r++) {
            int best = count[r];
            int bestDistance = 0;
            for (int d = 1; d <= Math.min(r, WINDOW) && best > 0; d++) {
                if (Math.abs(count[r - d] - count[r]) >= best) {
                    continue;
                }
                int x = Bits.xorCount(rows[r], rows[r - d], best);
                if (x < best) {
                    best = x;
                    bestDistance = d;
                }
            }
            distance[r] = bestDistance;
            changes[r] = best;
            referenced[r - bestDistance] |= bestDistance > 0;
        }
        BitStream.Writer w = new BitStream.Writer();
        int slots = 64 * rows[0].length;
        for (int r = 0; r < n; r++) {
            w.gamma(distance[r] + 1L);
            w.bits(referenced[r] ? 1 : 0, 1);
            w.gamma(changes[r] + 1L);
            int k = Bits.riceParameter(changes[r], slots);
            long[] old = distance[r] == 0 ? null : rows[r - distance[r]];
            int last = -1;
            for (int i = 0; i < rows[r].length; i++) {
                long x = rows[r][i] ^ (old == null ? 0 : old[i]);
                while (x != 0) {
                    int at = (i << 6) | Long.numberOfTrailingZeros(x);
                    x &= x - 1;
                    w.rice(at - last - 1, k);
                    last = at;
                }
            }
        }
        return w.finish();
    }

    /** Every row of the block. */
    static long[][] decode(byte[] bytes, int rows, int words) {
        long[][] out = new long[rows][];
        new Decoder(bytes, rows, words, null, null, null).run(out);
        return out;
    }

    /**
     * Counts per row the het and hom samples of a cohort, given as a haplotype mask (both bits of a sample in it set).
     */
    static void count(byte[] bytes, int rows, int words, long[] cohortHaplotypes, int[] het, int[] hom) {
        new Decoder(bytes, rows, words, cohortHaplotypes, het, hom).run(new long[rows][]);
    }

    private record Decoder(byte[] bytes, int rows, int words, long[] cohort, int[] het, int[] hom) {
        void run(long[][] planes) {
            BitStream.Reader in = new BitStream.Reader(bytes);
            int slots = 64 * words;
            boolean counting = cohort != null;
            int[] positions = new int[slots];
            for (int r = 0; r < rows; r++) {
                int d = (int) in.gamma() - 1;
                boolean keep = in.bit() || !counting;
                int changes = (int) in.gamma() - 1;
                if (d < 0 || d > r || changes < 0 || changes > slots || (d > 0 && planes[r - d] == null)) {
                    throw new IllegalStateException("damaged block at row " + r);
                }
                long[] old = d == 0 ? null : planes[r - d];
                int k = Bits.riceParameter(changes, slots);
                int at = -1;
                for (int i = 0; i < changes; i++) {
                    at += (int) in.rice(k) + 1;
                    positions[i] = at;
                }
                if (at >= slots || in.overrun()) {
                    throw new IllegalStateException("damaged block at row " + r);
                }
                if (keep) {
                    long[] row = old == null ? new long[words] : old.clone();
                    for (int i = 0; i < changes; i++) {
                        row[positions[i] >>> 6] ^= 1L << positions[i];
                    }
                    planes[r] = row;
                }
                if (counting) {
                    countRow(r, d, old, positions, changes);
                }
            }
        }

        private void countRow(int r, int d, long[] old, int[] positions, int changes) {
            int h = d == 0 ? 0 : het[r - d];
            int m = d == 0 ? 0 : hom[r - d];
            for (int i = 0; i < changes; i++) {
                int p = positions[i];
                if ((cohort[p >>> 6] >>> p & 1) == 0) {
                    continue;
                }
                int first = p & ~1;
                long pair = old == null ? 0 : (old[first >>> 6] >>> first) & 3;
                long flip = 1L << (p & 1);
                if ((p & 1) == 0 && i + 1 < changes && positions[i + 1] == p + 1) {
                    flip = 3;
                    i++;
                }
                int was = Long.bitCount(pair);
                int now = Long.bitCount(pair ^ flip);
                h += (now == 1 ? 1 : 0) - (was == 1 ? 1 : 0);
                m += (now == 2 ? 1 : 0) - (was == 2 ? 1 : 0);
            }
            het[r] = h;
            hom[r] = m;
        }
    }

    /** The cohort's haplotype mask: both haplotypes of each sample in {@code samples}. */
    static long[] haplotypeMask(int[] samples, int words) {
        long[] mask = new long[words];
        for (int s : samples) {
            mask[(2 * s) >>> 6] |= 3L << (2 * s);
        }
        return mask;
    }

    static boolean equalRows(long[][] a, long[][] b) {
        return Arrays.deepEquals(a, b);
    }
}
