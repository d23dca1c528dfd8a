package org.genobay.hla.match;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cord-blood unit's match count by {@link CordBloodRules}: A and B at antigen level, DRB1 at allele level.
 *
 * @param counts matched positions (0 to 2) per locus typed on both sides
 * @param untyped the loci of A, B and DRB1 that the patient or the unit has no typing at
 */
public record CordMatch(Map<Locus, Integer> counts, List<Locus> untyped) {
    /** The loci the cord-blood count covers. */
    public static final Set<Locus> LOCI = EnumSet.of(Locus.A, Locus.B, Locus.DRB1);

    public CordMatch {
        counts = Map.copyOf(counts);
        untyped = List.copyOf(untyped);
        counts.forEach((locus, count) -> {
            if (!LOCI.contains(locus) || count < 0 || count > 2) {
                throw new IllegalArgumentException("cord match count " + count + " at " + locus);
            }
        });
        Objects.requireNonNull(untyped, "untyped");
    }

    /** Matched positions out of 6; empty when a locus is untyped on either side. */
    public Optional<Integer> matched() {
        if (!untyped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** {@code 6/6}, {@code 5/6 mismatched at B}, {@code 4/6 mismatched at DRB1 (2)}, or {@code not known: DRB1 untyped}. */
    public String text() {
        if (!untyped.isEmpty()) {
            return "not known: " + untyped.stream().map(Locus::name).collect(Collectors.joining(", ")) + " untyped";
        }
        String total = matched().orElseThrow() + "/6";
        String mismatched = LOCI.stream()
                .filter(l -> counts.get(l) < 2)
                .map(l -> counts.get(l) == 1 ? l.name() : l.name() + " (2)")
                .collect(Collectors.joining(", "));
        return mismatched.isEmpty() ? total : total + " mismatched at " + mismatched;
    }
}
