package org.genobay.variants.segment;

import org.roaringbitmap.buffer.ImmutableRoaringBitmap;

/**
 * A cohort as a plain bit set over sample indices, the shape the counting loop in {@link SerializedBitmaps} wants: one
 * word lookup per carrier. For a cohort of every sample, counts come from the bitmaps' headers alone.
 */
public final class CohortBits {
    private final long[] words;
    private final boolean everyone;

    private CohortBits(long[] words, boolean everyone) {
        this.words = words;
        this.everyone = everyone;
    }

    public static CohortBits of(ImmutableRoaringBitmap samples, int datasetSamples) {
        long[] w = new long[(datasetSamples + 63) >>> 6];
        samples.forEach((int i) -> w[i >>> 6] |= 1L << i);
        return new CohortBits(w, samples.getCardinality() == datasetSamples);
    }

    long[] words() {
        return words;
    }

    boolean everyone() {
        return everyone;
    }
}
