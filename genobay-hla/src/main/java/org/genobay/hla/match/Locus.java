package org.genobay.hla.match;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The loci that matching compares, in the order reports list them. */
public enum Locus {
    A,
    B,
    C,
    DRB1,
    DQB1,
    DPB1;

    /** A, B and DRB1: the 6/6 loci. */
    public static final Set<Locus> SIX = EnumSet.of(A, B, DRB1);
    /** A, B, C and DRB1: the 8/8 loci. */
    public static final Set<Locus> EIGHT = EnumSet.of(A, B, C, DRB1);
    /** A, B, C, DRB1 and DQB1: the 10/10 loci. */
    public static final Set<Locus> TEN = EnumSet.of(A, B, C, DRB1, DQB1);
    /** All six: the 12/12 loci. */
    public static final Set<Locus> TWELVE = EnumSet.allOf(Locus.class);

    /** The locus of a gene name as IMGT writes it ({@code A}, {@code DRB1}; {@code HLA-} allowed); empty otherwise. */
    public static Optional<Locus> ofGene(String gene) {
        String name = gene.startsWith("HLA-") ? gene.substring(4) : gene;
        for (Locus locus : values()) {
            if (locus.name().equals(name)) {
                return Optional.of(locus);
            }
        }
        return Optional.empty();
    }

    /** Reads a locus as a user writes it (case does not matter); throws naming the loci there are. */
    public static Locus parse(String text) {
        return ofGene(text.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("unknown locus '" + text + "'; one of "
                        + Arrays.stream(values()).map(Locus::name).collect(Collectors.joining(", "))));
    }
}
