package org.genobay.hla.match;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A typing prepared for matching by {@link HlaMatcher#prepare}: per matched locus, its genotypes (usually one; more
 * for a {@code |} list) with every position's alternatives expanded into int sets. Immutable; compare it with any
 * other typing prepared by the same matcher, from any thread.
 */
public final class PreparedTyping {
    private final Object owner;
    private final String text;
    private final PreparedGenotype[][] byLocus;

    PreparedTyping(Object owner, String text, PreparedGenotype[][] byLocus) {
        this.owner = owner;
        this.text = text;
        this.byLocus = byLocus;
    }

    /** The GL string it was prepared from. */
    public String text() {
        return text;
    }

    /** The matched loci this typing has. */
    public Set<Locus> typedLoci() {
        Set<Locus> loci = EnumSet.noneOf(Locus.class);
        for (Locus l : Locus.values()) {
            if (byLocus[l.ordinal()] != null) {
                loci.add(l);
            }
        }
        return loci;
    }

    /**
     * This typing restricted to one locus, or empty when it is untyped there. Matching the view at that locus gives
     * exactly what matching the whole typing gives there, since loci are compared independently; a donor index uses
     * views to compare each distinct locus typing once. The view's {@link #text()} is the locus's part in GL syntax
     * ({@code |} between its genotypes, {@code +} between positions, {@code /} between alternatives).
     */
    public Optional<PreparedTyping> locus(Locus locus) {
        PreparedGenotype[] genotypes = byLocus[locus.ordinal()];
        if (genotypes == null) {
            return Optional.empty();
        }
        PreparedGenotype[][] only = new PreparedGenotype[byLocus.length][];
        only[locus.ordinal()] = genotypes;
        StringJoiner text = new StringJoiner("|");
        for (PreparedGenotype genotype : genotypes) {
            text.add(genotype.first.text + "+" + genotype.second.text);
        }
        return Optional.of(new PreparedTyping(owner, text.toString(), only));
    }

    Object owner() {
        return owner;
    }

    /** The locus's genotypes, or {@code null} when untyped there (internal: the hot path avoids Optional). */
    PreparedGenotype[] at(Locus locus) {
        return byLocus[locus.ordinal()];
    }

    @Override
    public String toString() {
        return text;
    }
}
