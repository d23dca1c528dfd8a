package org.genobay.hla.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A patient compared with a donor: one {@link LocusMatch} per compared locus, in locus order.
 *
 * @param loci the compared loci's results
 */
public record MatchResult(List<LocusMatch> loci) {
    public MatchResult {
        loci = List.copyOf(loci);
    }

    public Optional<LocusMatch> locus(Locus locus) {
        return loci.stream().filter(l -> l.locus() == locus).findFirst();
    }

    /**
     * The 6/6, 8/8, 10/10 and 12/12 totals whose loci were all compared (so {@code --loci A,B,DRB1} gives 6/6 only).
     */
    public List<MatchTotal> totals() {
        List<MatchTotal> totals = new ArrayList<>();
        for (Set<Locus> set : List.of(Locus.SIX, Locus.EIGHT, Locus.TEN, Locus.TWELVE)) {
            if (set.stream().allMatch(l -> locus(l).isPresent())) {
                totals.add(total(set));
            }
        }
        return totals;
    }

    /** The total over some compared loci, named {@code 2n/2n}. */
    public MatchTotal total(Set<Locus> set) {
        List<Locus> ordered = new ArrayList<>();
        List<Locus> untyped = new ArrayList<>();
        Map<Locus, Integer> mismatches = new EnumMap<>(Locus.class);
        int matched = 0;
        for (Locus l : Locus.values()) {
            if (!set.contains(l)) {
                continue;
            }
            ordered.add(l);
            LocusMatch result =
                    locus(l).orElseThrow(() -> new IllegalArgumentException("locus " + l + " was not compared"));
            if (result instanceof LocusMatch.Compared c) {
                matched += c.count();
                if (c.mismatches() > 0) {
                    mismatches.put(l, c.mismatches());
                }
            } else {
                untyped.add(l);
            }
        }
        String name = 2 * ordered.size() + "/" + 2 * ordered.size();
        return new MatchTotal(
                name, ordered, untyped.isEmpty() ? Optional.of(matched) : Optional.empty(), mismatches, untyped);
    }
}
