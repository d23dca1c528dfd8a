package org.genobay.hla.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param qualifying how many entries have at most the requested mismatches (all of them, not only those returned)
 * @param candidates the best of them, at most the request's limit, in ranking order (see {@link DonorSearch})
 */
public record SearchResult(int qualifying, List<Candidate> candidates) {
    public SearchResult {
        candidates = List.copyOf(candidates);
    }
}
