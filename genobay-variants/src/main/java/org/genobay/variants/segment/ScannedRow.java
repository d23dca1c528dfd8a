package org.genobay.variants.segment;

/**
 * One variant as a scan passes it on: its columns and its cohort counts per carrier class. The scan reuses one
 * instance from row to row; copy what you keep.
 */
public final class ScannedRow {
    public int row;
    public int pos;
    public int end;
    public String id;
    public String ref;
    public String alt;
    /** Cohort members with one copy (diploid), two copies, one copy in a haploid or half-missing call. */
    public int het;

    public int hom;
    public int hemi;
    /** Σ copies over cohort members of ploidy above two. */
    public int extraCopies;
    /** Cohort members with a missing allele at the site. */
    public int missing;
    /** Cohort members whose input lacks the site. */
    public int absent;
    /** Σ (k − 2) over cohort members with k ≠ 2 called alleles. */
    public int calledAdjustment;
}
