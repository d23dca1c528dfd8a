package org.genobay.hla.match;

/**
 * How certain a position's match is, from worst to best (Atlas's confidences, after the WMDA framework).
 */
public enum MatchConfidence {
    /** The positions do not match, whatever the typings' alternatives. */
    MISMATCH("mismatch"),
    /**
     * Some alternatives match and some may not: an ambiguous typing (allele list, XX or MAC code, several P groups),
     * serology on either side, or a typing some of whose alternatives are null alleles.
     */
    POTENTIAL("potential"),
    /** Both typings are molecular and each names a single P group, and those are the same. */
    EXACT("exact"),
    /** Both typings are molecular and each names one allele (one coding sequence: three or four fields), matching. */
    DEFINITE("definite");

    private final String label;

    MatchConfidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
