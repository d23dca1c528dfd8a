package org.genobay.hla.match;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A total over a set of loci, e.g. 10/10 over A, B, C, DRB1 and DQB1.
 *
 * @param name the total's name, e.g. {@code 10/10}
 * @param loci the loci it covers
 * @param matched matched positions over those loci; empty when a locus is untyped on either side
 * @param mismatches mismatched positions per locus, for the loci with any, in locus order
 * @param untyped the loci that are untyped on either side
 */
public record MatchTotal(
        String name, List<Locus> loci, Optional<Integer> matched, Map<Locus, Integer> mismatches, List<Locus> untyped) {
    public MatchTotal {
        Objects.requireNonNull(name, "name");
        loci = List.copyOf(loci);
        Objects.requireNonNull(matched, "matched");
        mismatches = Map.copyOf(mismatches);
        untyped = List.copyOf(untyped);
    }

    /** Positions compared: two per locus. */
    public int of() {
        return 2 * loci.size();
    }

    /**
     * {@code 10/10}; {@code 9/10 mismatched at DQB1}; {@code 8/10 mismatched at A (2)}; or, when a locus is untyped,
     * {@code not known: DQB1 untyped}.
     */
    public String text() {
        if (matched.isEmpty()) {
            return "not known: " + untyped.stream().map(Locus::name).collect(Collectors.joining(", ")) + " untyped";
        }
        String total = matched.get() + "/" + of();
        if (mismatches.isEmpty()) {
            return total;
        }
        return total + " mismatched at "
                + loci.stream()
                        .filter(mismatches::containsKey)
                        .map(l -> mismatches.get(l) == 1 ? l.name() : l.name() + " (" + mismatches.get(l) + ")")
                        .collect(Collectors.joining(", "));
    }
}
