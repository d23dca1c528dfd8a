package org.genobay.hla.search;

import java.util.Objects;
import org.genobay.hla.match.MatchResult;

/**
 * One donor or cord-blood unit found by a search.
 *
 * @param donorId the id it was indexed under
 * @param kind donor or cord-blood unit
 * @param mismatches mismatched positions over the searched loci (untyped loci count none)
 * @param match the full comparison at the searched loci, as {@link org.genobay.hla.match.HlaMatcher#match} gives it
 */
public record Candidate(long donorId, DonorKind kind, int mismatches, MatchResult match) {
    public Candidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(match, "match");
    }
}
