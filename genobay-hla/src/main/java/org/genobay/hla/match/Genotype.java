package org.genobay.hla.match;

import java.util.List;
import org.genobay.hla.Typing;

/**
 * One locus's two positions as a GL string gives them, before expansion: each position is one term or a {@code /}
 * list of terms.
 */
record Genotype(List<Typing> first, List<Typing> second) {
    Genotype {
        first = List.copyOf(first);
        second = List.copyOf(second);
    }
}
