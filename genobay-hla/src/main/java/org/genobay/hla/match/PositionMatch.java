package org.genobay.hla.match;

import java.util.Objects;

/**
 * One patient position against the donor position paired with it.
 *
 * @param matched whether the position counts towards the locus's match count; it is the grade's {@link
 *     MatchGrade#isMatch()} except for {@link MatchGrade#EXPRESSING_VS_NULL}, which counts when the null side's
 *     expressed allele matches
 */
public record PositionMatch(MatchGrade grade, MatchConfidence confidence, boolean matched) {
    public PositionMatch {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(confidence, "confidence");
        if (matched != (confidence != MatchConfidence.MISMATCH)) {
            throw new IllegalArgumentException(
                    "a position is matched exactly when its confidence is not mismatch: " + grade + ", " + confidence);
        }
    }
}
