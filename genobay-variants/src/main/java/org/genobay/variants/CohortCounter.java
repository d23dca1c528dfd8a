package org.genobay.variants;

import org.genobay.variants.segment.Segment;
import org.genobay.variants.segment.SegmentFormat;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;
import org.roaringbitmap.buffer.MutableRoaringBitmap;

/**
 * Counts one variant's carriers within a cohort: one AND-cardinality per stored carrier class. Site counts are cached
 * by site entry, since the alleles of a record and runs of records with the same missing calls share one. Not
 * thread-safe: one per query.
 */
final class CohortCounter {
    private final MutableRoaringBitmap cohort;
    private final int cohortSize;
    private final boolean everyone;
    private Segment cachedSegment;
    private int cachedSite = -1;
    private int siteMissing;
    private int siteAbsent;
    /** Σ (k − 2)·|samples with k called alleles|, over k ≠ 2. */
    private int calledAdjustment;

    // Allele counters filled by the visitor; fields rather than a new object per variant.
    private int het;
    private int hom;
    private int hemi;
    private int extraCopies;

    CohortCounter(Cohort cohort, int datasetSamples) {
        this.cohort = cohort.bitmap();
        this.cohortSize = cohort.size();
        this.everyone = cohortSize == datasetSamples;
    }

    private int count(ImmutableRoaringBitmap samples) {
        return everyone ? samples.getCardinality() : ImmutableRoaringBitmap.andCardinality(cohort, samples);
    }

    AlleleCounts counts(Segment s, int row) {
        int site = s.siteOffset(row);
        if (s != cachedSegment || site != cachedSite) {
            siteMissing = 0;
            siteAbsent = 0;
            calledAdjustment = 0;
            s.visitSite(site, this::site);
            cachedSegment = s;
            cachedSite = site;
        }
        het = 0;
        hom = 0;
        hemi = 0;
        extraCopies = 0;
        s.visitAllele(row, this::allele);
        int an = 2 * (cohortSize - siteAbsent) + calledAdjustment;
        int ac = het + 2 * hom + hemi + extraCopies;
        return new AlleleCounts(ac, an, het, hom, hemi, siteMissing + siteAbsent);
    }

    private void site(int tag, ImmutableRoaringBitmap samples) {
        if (tag == SegmentFormat.SITE_MISSING) {
            siteMissing = count(samples);
        } else if (tag == SegmentFormat.SITE_ABSENT) {
            siteAbsent = count(samples);
        } else {
            calledAdjustment += (tag - SegmentFormat.SITE_CALLED_BASE - 2) * count(samples);
        }
    }

    private void allele(int tag, ImmutableRoaringBitmap samples) {
        switch (tag) {
            case SegmentFormat.ALLELE_HET -> het = count(samples);
            case SegmentFormat.ALLELE_HOM -> hom = count(samples);
            case SegmentFormat.ALLELE_HEMI -> hemi = count(samples);
            default -> extraCopies += (tag - SegmentFormat.ALLELE_COPIES_BASE) * count(samples);
        }
    }
}
