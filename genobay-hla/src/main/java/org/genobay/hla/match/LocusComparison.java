package org.genobay.hla.match;

import static org.genobay.hla.match.PositionGrader.code;
import static org.genobay.hla.match.PositionGrader.confidenceOrdinal;
import static org.genobay.hla.match.PositionGrader.grade;
import static org.genobay.hla.match.PositionGrader.gradeOrdinal;
import static org.genobay.hla.match.PositionGrader.matched;

import java.util.List;
import java.util.Optional;

/** Compares one locus of two prepared typings: best pairing of the positions, grades, nulls, DPB1 TCE groups. */
final class LocusComparison {
    private static final PositionMatch[] POSITIONS = new PositionMatch[64];

    static {
        for (MatchGrade grade : MatchGrade.values()) {
            for (MatchConfidence confidence : MatchConfidence.values()) {
                POSITIONS[code(grade, confidence)] =
                        new PositionMatch(grade, confidence, confidence != MatchConfidence.MISMATCH);
            }
        }
    }

    private LocusComparison() {}

    static LocusMatch.Compared compare(Locus locus, PreparedGenotype[] patient, PreparedGenotype[] donor) {
        boolean dpb1 = locus == Locus.DPB1;
        long best = -1;
        PreparedGenotype bestPatient = null;
        PreparedGenotype bestDonor = null;
        boolean countsDiffer = false;
        int firstCount = -1;
        for (PreparedGenotype p : patient) {
            for (PreparedGenotype d : donor) {
                long result = compare(p, d, dpb1);
                int count = count(result);
                countsDiffer |= firstCount >= 0 && count != firstCount;
                firstCount = firstCount < 0 ? count : firstCount;
                if (result > best) {
                    best = result;
                    bestPatient = p;
                    bestDonor = d;
                }
            }
        }
        int first = (int) (best >>> 8) & 0xff;
        int second = (int) best & 0xff;
        // several genotypes on a side are an ambiguous typing: a match is then at best potential
        if (patient.length > 1 || donor.length > 1) {
            first = capAtPotential(first);
            second = capAtPotential(second);
        }
        if (countsDiffer) {
            first = capAtPotential(first);
            second = capAtPotential(second);
        }
        int count = count(best);
        MatchConfidence confidence =
                PositionGrader.CONFIDENCES[Math.min(confidenceOrdinal(first), confidenceOrdinal(second))];
        Optional<Dpb1Permissiveness> permissiveness = dpb1
                ? Optional.of(count == 2 ? Dpb1Permissiveness.MATCH : Dpb1Tce.classify(bestPatient, bestDonor))
                : Optional.empty();
        return new LocusMatch.Compared(
                locus, count, List.of(POSITIONS[first], POSITIONS[second]), confidence, permissiveness);
    }

    private static int capAtPotential(int code) {
        if (confidenceOrdinal(code) > MatchConfidence.POTENTIAL.ordinal()) {
            return (code & ~3) | MatchConfidence.POTENTIAL.ordinal();
        }
        return code;
    }

    private static int count(long result) {
        return (int) (result >>> 32);
    }

    /**
     * One patient genotype against one donor genotype, packed so that a larger value is a better result: count, then
     * the sum of grades, then the sum of confidences, then the two positions' codes.
     */
    static long compare(PreparedGenotype p, PreparedGenotype d, boolean dpb1) {
        if (p.unexpressed || d.unexpressed) {
            return unexpressed(p, d);
        }
        int s11 = grade(p.comparedFirst, d.comparedFirst, dpb1);
        int s22 = grade(p.comparedSecond, d.comparedSecond, dpb1);
        int s12 = grade(p.comparedFirst, d.comparedSecond, dpb1);
        int s21 = grade(p.comparedSecond, d.comparedFirst, dpb1);
        boolean crossed = rank(s12, s21) > rank(s11, s22);
        int first = crossed ? s12 : s11;
        int second = crossed ? s21 : s22;
        first = withNulls(first, p.first.allNull, (crossed ? d.second : d.first).allNull);
        second = withNulls(second, p.second.allNull, (crossed ? d.first : d.second).allNull);
        int count = (matched(first) ? 1 : 0) + (matched(second) ? 1 : 0);
        int rank = rank(first, second);
        return (long) count << 32 | (long) (rank & 0xffff) << 16 | first << 8 | second;
    }

    private static int rank(int a, int b) {
        int count = (matched(a) ? 1 : 0) + (matched(b) ? 1 : 0);
        return count << 12 | (gradeOrdinal(a) + gradeOrdinal(b)) << 4 | (confidenceOrdinal(a) + confidenceOrdinal(b));
    }

    /** A position that pairs a null allele: expressing vs null, or null vs null; matched as its compared pair was. */
    private static int withNulls(int code, boolean patientNull, boolean donorNull) {
        if (!patientNull && !donorNull) {
            return code;
        }
        int confidence = confidenceOrdinal(code);
        MatchGrade grade;
        if (patientNull && donorNull) {
            grade = matched(code) ? MatchGrade.NULL_MATCH : MatchGrade.MISMATCH;
        } else {
            grade = MatchGrade.EXPRESSING_VS_NULL;
        }
        return grade.ordinal() << 2 | confidence;
    }

    /** A side with no expressed allele at the locus: null against null matches; against anything expressed, not. */
    private static long unexpressed(PreparedGenotype p, PreparedGenotype d) {
        int code;
        int count;
        if (p.unexpressed && d.unexpressed) {
            MatchConfidence confidence =
                    p.bothSingle() && d.bothSingle() ? MatchConfidence.DEFINITE : MatchConfidence.POTENTIAL;
            code = code(MatchGrade.NULL_MATCH, confidence);
            count = 2;
        } else {
            code = code(MatchGrade.EXPRESSING_VS_NULL, MatchConfidence.MISMATCH);
            count = 0;
        }
        return (long) count << 32 | (long) (rank(code, code) & 0xffff) << 16 | code << 8 | code;
    }
}
