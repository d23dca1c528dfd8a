package org.genobay.hla.match;

import static org.genobay.hla.match.PositionProfile.intersects;

/**
 * Grades one position against another: the best grade any pair of their alternatives reaches, and how sure that is.
 * The result is packed in an int ({@code grade << 2 | confidence}) so the hot path allocates nothing.
 */
final class PositionGrader {
    static final MatchGrade[] GRADES = MatchGrade.values();
    static final MatchConfidence[] CONFIDENCES = MatchConfidence.values();
    private static final int KNOWN_TCE = 0b1110;

    private PositionGrader() {}

    static int code(MatchGrade grade, MatchConfidence confidence) {
        return grade.ordinal() << 2 | confidence.ordinal();
    }

    static int gradeOrdinal(int code) {
        return code >>> 2;
    }

    static int confidenceOrdinal(int code) {
        return code & 3;
    }

    static boolean matched(int code) {
        return (code & 3) != MatchConfidence.MISMATCH.ordinal();
    }

    static int grade(PositionProfile a, PositionProfile b, boolean dpb1) {
        boolean molecular = a.molecular && b.molecular;
        MatchGrade grade = molecular ? molecular(a, b) : serology(a, b);
        if (!grade.isMatch()) {
            if (dpb1 && (a.tce & b.tce & KNOWN_TCE) != 0) {
                return code(MatchGrade.PERMISSIVE_MISMATCH, MatchConfidence.MISMATCH);
            }
            return code(MatchGrade.MISMATCH, MatchConfidence.MISMATCH);
        }
        MatchConfidence confidence;
        if (!molecular || a.possiblyNull || b.possiblyNull) {
            confidence = MatchConfidence.POTENTIAL;
        } else if (a.single && b.single) {
            confidence = MatchConfidence.DEFINITE;
        } else if (a.singleP && b.singleP) {
            confidence = MatchConfidence.EXACT;
        } else {
            confidence = MatchConfidence.POTENTIAL;
        }
        return code(grade, confidence);
    }

    private static MatchGrade molecular(PositionProfile a, PositionProfile b) {
        // every finer level implies the same P group (nulls are left out of the sets), and most pairs share none
        if ((a.pMask & b.pMask) == 0 || !intersects(a.p, b.p)) {
            return MatchGrade.MISMATCH;
        }
        if (intersects(a.full, b.full)) {
            return MatchGrade.GDNA;
        }
        if (intersects(a.cdna, b.cdna)) {
            return MatchGrade.CDNA;
        }
        if (intersects(a.protein, b.protein)) {
            return MatchGrade.PROTEIN;
        }
        if (intersects(a.g, b.g)) {
            return MatchGrade.G_GROUP;
        }
        return MatchGrade.P_GROUP;
    }

    /** The serological grade of two positions whatever their resolution (the cord-blood antigen-level rule). */
    static MatchGrade serologyGrade(PositionProfile a, PositionProfile b) {
        return serology(a, b);
    }

    /**
     * Serology, when either side is serological: the same associated antigen; the same split or not-split antigen, or
     * an associated antigen and its parent; a broad and itself or one of its splits. Two different splits of a broad
     * ({@code B51} and {@code B52}) are a mismatch.
     */
    private static MatchGrade serology(PositionProfile a, PositionProfile b) {
        if (intersects(a.associated, b.associated)) {
            return MatchGrade.ASSOCIATED;
        }
        if (intersects(a.splitExact, b.splitLevel) || intersects(b.splitExact, a.splitLevel)) {
            return MatchGrade.SPLIT;
        }
        if (intersects(a.broadExact, b.broadLevel) || intersects(b.broadExact, a.broadLevel)) {
            return MatchGrade.BROAD;
        }
        return MatchGrade.MISMATCH;
    }
}
