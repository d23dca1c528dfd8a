package org.genobay.variants.segment;

import java.nio.ByteBuffer;
import org.genobay.variants.StoreCorruptedException;

/**
 * Counts a cohort's members in a Roaring bitmap read straight from its portable serialization in a mapped buffer,
 * without building bitmap objects. This is the query hot path: profiling showed constructing {@code
 * ImmutableRoaringBitmap} views (header parsing and allocation per bitmap) cost more than the counting itself. The
 * format is RoaringBitmap's documented portable format; writing stays with the library.
 */
final class SerializedBitmaps {
    private static final int COOKIE_NO_RUNS = 12346;
    private static final int COOKIE_RUNS = 12347;
    private static final int NO_OFFSET_THRESHOLD = 4;
    private static final int ARRAY_MAX = 4096;

    private SerializedBitmaps() {}

    /**
     * Counts members of the cohort in the bitmap at {@code at}.
     *
     * @return the count in the low 32 bits and the bitmap's serialized length in the high 32 bits
     */
    static long count(ByteBuffer b, int at, CohortBits cohort, String file) {
        int cookie = b.getInt(at);
        int size;
        int p;
        int runFlags = -1;
        if ((cookie & 0xFFFF) == COOKIE_RUNS) {
            size = (cookie >>> 16) + 1;
            runFlags = at + 4;
            p = runFlags + (size + 7) / 8;
        } else if (cookie == COOKIE_NO_RUNS) {
            size = b.getInt(at + 4);
            p = at + 8;
        } else {
            throw new StoreCorruptedException(file, "no Roaring bitmap at heap byte " + at);
        }
        int descriptive = p;
        p += 4 * size;
        if (runFlags < 0 || size >= NO_OFFSET_THRESHOLD) {
            p += 4 * size;
        }
        long[] words = cohort.words();
        boolean all = cohort.everyone();
        long count = 0;
        for (int c = 0; c < size; c++) {
            int key = b.getShort(descriptive + 4 * c) & 0xFFFF;
            int card = (b.getShort(descriptive + 4 * c + 2) & 0xFFFF) + 1;
            boolean run = runFlags >= 0 && (b.get(runFlags + (c >>> 3)) & (1 << (c & 7))) != 0;
            int base = key << 16;
            if (run) {
                int runs = b.getShort(p) & 0xFFFF;
                p += 2;
                if (all) {
                    count += card;
                } else {
                    for (int r = 0; r < runs; r++) {
                        int start = base + (b.getShort(p + 4 * r) & 0xFFFF);
                        int length = (b.getShort(p + 4 * r + 2) & 0xFFFF) + 1;
                        count += rangeCount(words, start, start + length);
                    }
                }
                p += 4 * runs;
            } else if (card > ARRAY_MAX) {
                if (all) {
                    count += card;
                } else {
                    int firstWord = base >>> 6;
                    int n = Math.min(1024, words.length - firstWord);
                    for (int w = 0; w < n; w++) {
                        count += Long.bitCount(words[firstWord + w] & b.getLong(p + 8 * w));
                    }
                }
                p += 8192;
            } else {
                if (all) {
                    count += card;
                } else {
                    for (int i = 0; i < card; i++) {
                        int s = base + (b.getShort(p + 2 * i) & 0xFFFF);
                        count += (words[s >>> 6] >>> s) & 1L;
                    }
                }
                p += 2 * card;
            }
        }
        return count | ((long) (p - at) << 32);
    }

    private static long rangeCount(long[] words, int from, int to) {
        long n = 0;
        int end = Math.min(to, words.length << 6);
        for (int s = from; s < end; ) {
            int w = s >>> 6;
            int bit = s & 63;
            int span = Math.min(64 - bit, end - s);
            long mask = span == 64 ? -1L : ((1L << span) - 1) << bit;
            n += Long.bitCount(words[w] & mask);
            s += span;
        }
        return n;
    }
}
