package org.genobay.hla.search;

import org.genobay.hla.match.MatchConfidence;
import org.genobay.hla.match.MatchGrade;

/**
 * The order of search results, packed into a long so millions of candidates sort as primitives: fewest mismatched
 * positions; then fewest untyped loci (a locus untyped on either side is unknown, not matched); then the highest sum of
 * position grades ({@link MatchGrade} order, mismatch lowest, gDNA highest); then the highest sum of position
 * confidences ({@link MatchConfidence} order, definite highest); then ascending donor id. Each locus contributes a
 * share, and shares add up field by field without carrying over (at most 6 loci).
 */
final class Ranking {
    private static final int MAX_GRADE = MatchGrade.values().length - 1;
    private static final int MAX_CONFIDENCE = MatchConfidence.values().length - 1;
    // bits per field: confidence deficit up to 6*2*3=36 (6 bits), grade deficit up to 6*2*11=132 (8), untyped (3)
    private static final int GRADE_SHIFT = 6;
    private static final int UNTYPED_SHIFT = 14;
    private static final int MISMATCH_SHIFT = 17;

    private Ranking() {}

    /** One locus's share: its mismatches, whether it is untyped, and how far its grades and confidences fall short. */
    static long share(int mismatches, int untyped, int gradeSum, int confidenceSum) {
        return (long) mismatches << MISMATCH_SHIFT
                | (long) untyped << UNTYPED_SHIFT
                | (long) (2 * MAX_GRADE - gradeSum) << GRADE_SHIFT
                | (2 * MAX_CONFIDENCE - confidenceSum);
    }

    static long untypedShare() {
        return share(0, 1, 0, 0);
    }

    /** The sort key: the summed shares, then the donor's number (donors are numbered in ascending id). */
    static long key(long shares, int donor) {
        return shares << 32 | donor;
    }

    static int donor(long key) {
        return (int) key;
    }
}
