package org.genobay.hla.search;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.PreparedTyping;

/**
 * A patient search.
 *
 * @param patient the patient's typing, prepared by the index's matcher
 * @param loci the loci compared and counted, e.g. {@link Locus#TEN} for x/10
 * @param maxMismatches at most this many mismatched positions over those loci: 0, 1 or 2
 * @param kinds the kinds of entries wanted (donors, cord-blood units or both)
 * @param limit at most this many candidates are returned (the count of all that qualify is returned too)
 */
public record SearchRequest(
        PreparedTyping patient, Set<Locus> loci, int maxMismatches, Set<DonorKind> kinds, int limit) {
    public SearchRequest {
        Objects.requireNonNull(patient, "patient");
        if (loci == null || loci.isEmpty()) {
            throw new IllegalArgumentException("a search compares at least one locus");
        }
        loci = Set.copyOf(EnumSet.copyOf(loci));
        if (maxMismatches < 0 || maxMismatches > 2) {
            throw new IllegalArgumentException("maximum mismatches " + maxMismatches + " is not 0, 1 or 2");
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("a search looks for at least one kind of entry");
        }
        kinds = Set.copyOf(kinds);
        if (limit < 1) {
            throw new IllegalArgumentException("result limit " + limit + " is not positive");
        }
    }

    /** Donors and cord-blood units with at most {@code maxMismatches} at {@code loci}, the best 100. */
    public static SearchRequest of(PreparedTyping patient, Set<Locus> loci, int maxMismatches) {
        return new SearchRequest(patient, loci, maxMismatches, EnumSet.allOf(DonorKind.class), 100);
    }
}
