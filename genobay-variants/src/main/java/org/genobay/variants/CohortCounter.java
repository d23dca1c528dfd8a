package org.genobay.variants;

import org.genobay.variants.segment.CohortBits;
import org.genobay.variants.segment.Segment;
import org.genobay.variants.segment.SegmentFormat;

/**
 * Counts one variant's carriers within a cohort: an AND-cardinality per stored carrier class. Site counts are cached by
 * site entry, since the alleles of a record and runs of records with the same missing calls share one. Not
 * thread-safe: one per query.
 */
final class CohortCounter {
    private final CohortBits cohort;
    private final int cohortSize;
    private Segment cachedSegment;
    private int cachedSite = -1;
    private int siteMissing;
    private int siteAbsent;
    /** Σ (k − 2)·|samples with k called alleles|, over k ≠ 2. */
    private int calledAdjustment;

    // Filled by the per-tag callbacks; fields rather than an object per variant.
    private int het;
    private int hom;
    private int hemi;
    private int extraCopies;

    CohortCounter(Cohort cohort, int datasetSamples) {
        this.cohort = CohortBits.of(cohort.bitmap(), datasetSamples);
        this.cohortSize = cohort.size();
    }

    AlleleCounts counts(Segment s, int row) {
        int site = s.siteOffset(row);
        if (s != cachedSegment || site != cachedSite) {
            siteMissing = 0;
            siteAbsent = 0;
            calledAdjustment = 0;
            s.countSite(site, cohort, this::site);
            cachedSegment = s;
            cachedSite = site;
        }
        het = 0;
        hom = 0;
        hemi = 0;
        extraCopies = 0;
        s.countAllele(row, cohort, this::allele);
        int an = 2 * (cohortSize - siteAbsent) + calledAdjustment;
        int ac = het + 2 * hom + hemi + extraCopies;
        return new AlleleCounts(ac, an, het, hom, hemi, siteMissing + siteAbsent);
    }

    private void site(int tag, int samples) {
        if (tag == SegmentFormat.SITE_MISSING) {
            siteMissing = samples;
        } else if (tag == SegmentFormat.SITE_ABSENT) {
            siteAbsent = samples;
        } else {
            calledAdjustment += (tag - SegmentFormat.SITE_CALLED_BASE - 2) * samples;
        }
    }

    private void allele(int tag, int samples) {
        switch (tag) {
            case SegmentFormat.ALLELE_HET -> het = samples;
            case SegmentFormat.ALLELE_HOM -> hom = samples;
            case SegmentFormat.ALLELE_HEMI -> hemi = samples;
            default -> extraCopies += (tag - SegmentFormat.ALLELE_COPIES_BASE) * samples;
        }
    }
}
