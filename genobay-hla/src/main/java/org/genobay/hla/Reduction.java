package org.genobay.hla;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The levels a typing can be reduced to, named as py-ard names them. */
public enum Reduction {
    /** The G group (same nucleotides in the antigen-recognition exons), e.g. {@code A*01:01:01G}. */
    G("G"),
    /** The P group (same protein in the antigen-recognition domains), e.g. {@code A*01:01P}. */
    P("P"),
    /** Two fields of the G group's first allele, with a {@code g}: {@code A*01:01g}. */
    LG("lg"),
    /** Two fields of the G group's first allele: {@code A*01:01}. */
    LGX("lgx"),
    /** Three fields ("exon" level): {@code A*01:01:01}. */
    EXON("exon"),
    /** The full WHO names a shorter name stands for: {@code DRB1*11:02} to its four-field alleles. */
    W("W"),
    /** Two fields when that is unambiguous, else lgx: {@code A*01:04:01:01N} to {@code A*01:04N}. */
    U2("U2"),
    /** The serological antigens: {@code B*15:10} to {@code B15/B70/B71}. */
    S("S");

    private final String label;

    Reduction(String label) {
        this.label = label;
    }

    /** The name on the command line and in py-ard: {@code G}, {@code lgx}, {@code S}. */
    public String label() {
        return label;
    }

    /** Reads a label ({@code lgx}, {@code G}; case does not matter, and {@code serology}/{@code two-field} work). */
    public static Reduction of(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        switch (l) {
            case "serology":
                return S;
            case "two-field", "2-field":
                return U2;
            case "3-field", "three-field":
                return EXON;
            default:
                break;
        }
        for (Reduction r : values()) {
            if (r.label.toLowerCase(Locale.ROOT).equals(l)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown reduction '" + label + "'; one of "
                + Arrays.stream(values()).map(Reduction::label).collect(Collectors.joining(", ")));
    }
}
