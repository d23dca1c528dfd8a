package org.genobay.hla.match;

import java.util.EnumSet;
import java.util.Set;

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
