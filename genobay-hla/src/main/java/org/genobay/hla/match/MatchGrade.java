package org.genobay.hla.match;

/**
 * How well one patient position matches the donor position paired with it, from worst to best (so {@code
 * compareTo} ranks grades). The molecular grades follow the WMDA matching framework as Atlas reports it; for an
 * ambiguous typing the grade is the best any pair of its alternatives reaches, and {@link MatchConfidence} says how
 * sure that is.
 */
public enum MatchGrade {
    /** Different antigens, or, for two molecular typings, no shared P group. */
    MISMATCH("mismatch", false),
    /** DPB1 only: a mismatch between alleles of the same T-cell-epitope group (TCE, version 2 assignments). */
    PERMISSIVE_MISMATCH("permissive mismatch", false),
    /**
     * A null allele paired with an expressed typing. Neither a match nor a mismatch by itself: the null side is read
     * as homozygous for its other, expressed allele (WMDA: a null allele is not an antigen), and the position counts
     * as matched exactly when that expressed allele matches.
     */
    EXPRESSING_VS_NULL("expressing vs null", false),
    /** Serology: the antigens meet only at the broad ({@code A9} and {@code A23}, or {@code A9} and {@code A9}). */
    BROAD("broad", true),
    /** Serology: the same split or not-split antigen ({@code A23} and {@code A*23:01}), or an associated one's parent. */
    SPLIT("split", true),
    /** Serology: the same associated antigen ({@code A203} and {@code A*02:03}). */
    ASSOCIATED("associated", true),
    /** Both positions null (not expressed); WMDA: null against null is a match. */
    NULL_MATCH("null match", true),
    /** Same P group: identical protein in the antigen-recognition domains (exons 2 and 3; exon 2 for class II). */
    P_GROUP("P group", true),
    /** Same G group: identical nucleotides in the antigen-recognition exons. */
    G_GROUP("G group", true),
    /** Same first two fields: identical protein. */
    PROTEIN("protein", true),
    /** Same first three fields: identical coding sequence (cDNA). */
    CDNA("cDNA", true),
    /** The same full allele name: identical genomic sequence as far as IMGT/HLA records it. */
    GDNA("gDNA", true);

    private final String label;
    private final boolean match;

    MatchGrade(String label, boolean match) {
        this.label = label;
        this.match = match;
    }

    /** The name used in reports and JSON, e.g. {@code gDNA}, {@code P group}, {@code expressing vs null}. */
    public String label() {
        return label;
    }

    /** Whether the grade is a match by itself (every grade from {@link #BROAD} up). */
    public boolean isMatch() {
        return match;
    }
}
