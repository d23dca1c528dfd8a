package org.genobay.variants;

import java.util.List;
import org.roaringbitmap.buffer.MutableRoaringBitmap;

/**
 * A set of samples of one dataset, made by {@link Dataset#cohort}. Held as a bitmap of sample indices so that counting
 * a variant's carriers in the cohort is an AND and a cardinality.
 */
public final class Cohort {
    private final String dataset;
    private final MutableRoaringBitmap samples;
    private final List<String> sampleIds;

    Cohort(String dataset, MutableRoaringBitmap samples, List<String> sampleIds) {
        this.dataset = dataset;
        this.samples = samples;
        this.sampleIds = List.copyOf(sampleIds);
    }

    public String dataset() {
        return dataset;
    }

    public int size() {
        return sampleIds.size();
    }

    /** The cohort's sample IDs in dataset order. */
    public List<String> sampleIds() {
        return sampleIds;
    }

    MutableRoaringBitmap bitmap() {
        return samples;
    }
}
