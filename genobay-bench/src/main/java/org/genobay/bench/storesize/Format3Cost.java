package org.genobay.bench.storesize;

/**
 * Bit counts of the store's own genotype coding (segment format 3, {@code BlockEncoder.genotypes}) re-done offline:
 * diploid codes, each row the difference from the most similar of the 255 rows before it in its block, Rice-coded
 * changed samples with 1–2 flip bits, and a dense row (2 × width plain words) when that takes at most {@code
 * tolerance} times the bits of the changes. With tolerance 0 it is format 2 (no dense rows). Checked against the
 * genotype bytes of a real segment by {@link StoreSizeStudy}.
 */
final class Format3Cost {
    private Format3Cost() {}

    /** Per row of the block: bits written; {@code symbols[r]}: changes decoded (dense rows: words XOR'ed). */
    static long[] block(long[][] planes, int width, double tolerance, long[] symbols) {
        int rows = planes.length;
        int[] codeCount = new int[rows];
        int alphabet = 1;
        for (int r = 0; r < rows; r++) {
            int n = 0;
            for (int k = 0; k < width; k++) {
                n += Long.bitCount(planes[r][k] | planes[r][width + k]);
                alphabet |= planes[r][k] != 0 ? 2 : 0;
                alphabet |= planes[r][width + k] != 0 ? 4 : 0;
            }
            codeCount[r] = n;
        }
        boolean twoFlipBits = Integer.bitCount(alphabet & 0xE) > 1;
        long[] bits = new long[rows];
        for (int r = 0; r < rows; r++) {
            int best = codeCount[r];
            int bestDistance = 0;
            long[] row = planes[r];
            for (int d = 1; d <= Math.min(r, 255) && best > 0; d++) {
                long[] other = planes[r - d];
                if (Math.abs(codeCount[r - d] - codeCount[r]) >= best) {
                    continue;
                }
                int diff = 0;
                for (int k = 0; k < width && diff < best; k++) {
                    diff += Long.bitCount((row[k] ^ other[k]) | (row[width + k] ^ other[width + k]));
                }
                if (diff < best) {
                    best = diff;
                    bestDistance = d;
                }
            }
            long header = Bits.gamma(bestDistance + 1L) + 1;
            long[] old = bestDistance == 0 ? new long[2 * width] : planes[r - bestDistance];
            long changeBits = 0;
            int rice = Bits.riceParameter(best, 64L * width);
            int last = -1;
            for (int k = 0; k < width; k++) {
                long lo = row[k] ^ old[k];
                long hi = row[width + k] ^ old[width + k];
                long changed = lo | hi;
                while (changed != 0) {
                    int bit = Long.numberOfTrailingZeros(changed);
                    changed &= changed - 1;
                    int sample = (k << 6) | bit;
                    changeBits += Bits.rice(sample - last - 1, rice);
                    last = sample;
                    if (twoFlipBits) {
                        int flip = (int) ((lo >>> bit) & 1) | (int) (((hi >>> bit) & 1) << 1);
                        changeBits += flip == 1 ? 1 : 2;
                    }
                }
            }
            long denseBits = 128L * width;
            if (best > 0 && denseBits <= tolerance * changeBits) {
                bits[r] = header + Bits.gamma(64L * width + 2) + denseBits;
                symbols[r] = 2L * width;
            } else {
                bits[r] = header + Bits.gamma(best + 1L) + changeBits;
                symbols[r] = best;
            }
        }
        return bits;
    }
}
