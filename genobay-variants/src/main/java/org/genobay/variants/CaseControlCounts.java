package org.genobay.variants;

/**
 * Allelic 2×2 table of a variant in cases against controls, with Fisher's exact two-sided p-value.
 *
 * @param caseAlt copies of the alternate allele among cases' called alleles
 * @param caseRef the other called alleles of cases (AN − AC)
 */
public record CaseControlCounts(
        Variant variant, int caseAlt, int caseRef, int controlAlt, int controlRef, double fisherP) {
    /** Odds ratio (caseAlt·controlRef)/(caseRef·controlAlt); infinite or NaN when a cell is zero. */
    public double oddsRatio() {
        return ((double) caseAlt * controlRef) / ((double) caseRef * controlAlt);
    }
}
