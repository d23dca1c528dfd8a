package org.genobay.hla.match;

/**
 * DPB1 mismatches classified by T-cell-epitope (TCE) groups, the TCE3 model of Crivello et al. (2015) as the IPD-IMGT/HLA
 * DPB1 TCE tool applies it, with the release's version 2 assignments ({@code tce/dpb_tce.csv}; {@code 2a} is group 2,
 * {@code $} marks an inferred assignment and is used like any other). Each side's most immunogenic group is the lowest
 * number among its expressed alleles (a null allele's side counts as homozygous for its other allele).
 */
public enum Dpb1Permissiveness {
    /** Both DPB1 positions match: nothing to classify. */
    MATCH("match"),
    /** Mismatched, but both sides' most immunogenic TCE group is the same. */
    PERMISSIVE("permissive"),
    /** The patient carries a more immunogenic TCE group than any of the donor's: donor T cells react against it. */
    NON_PERMISSIVE_GVH("non-permissive GvH"),
    /** The donor carries a more immunogenic TCE group than any of the patient's: rejection direction. */
    NON_PERMISSIVE_HVG("non-permissive HvG"),
    /** An allele has no TCE assignment, or the typings' alternatives lead to different classes. */
    UNKNOWN("unknown");

    private final String label;

    Dpb1Permissiveness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
