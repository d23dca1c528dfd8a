package org.genobay.donors;

/**
 * A candidate's match probability at the searched loci, from the imputed genotypes of patient and candidate.
 *
 * @param none P(0 mismatches)
 * @param atMostOne P(0 or 1 mismatch)
 */
public record MatchOdds(double none, double atMostOne) {
    public MatchOdds {
        if (!(none >= 0 && none <= atMostOne + 1e-9 && atMostOne <= 1 + 1e-9)) {
            throw new IllegalArgumentException(
                    "match probabilities " + none + ", " + atMostOne + " are not 0 ≤ P(0) ≤" + " P(≤1) ≤ 1");
        }
    }
}
