package org.genobay.hla.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cord-blood match count x/6: HLA-A and -B compared at antigen level, HLA-DRB1 at allele level.
 *
 * <p>Why this rule and not the 8/8 or 10/10 of adult donors: cord-blood units tolerate more HLA disparity, and the
 * outcome studies behind unit selection (Eurocord and the NMDP/CIBMTR, e.g. Eapen et al., Lancet Oncol 2010;11:653;
 * the NMDP/CIBMTR donor and unit selection guidelines, Dehn et al., Biol Blood Marrow Transplant 2019;25:1267) count
 * matches the way cord banks have typed units: A and B at antigen (intermediate, serological split) level and DRB1 at
 * allele level; 6/6, 5/6 and 4/6 units are acceptable with enough cells, fewer matches are not.
 *
 * <ul>
 *   <li><b>A, B, antigen level</b>: a position matches when the two typings share a serological split or not-split
 *       antigen (an associated antigen meets its parent), as {@link MatchGrade#SPLIT} and {@link MatchGrade#ASSOCIATED}
 *       grade it, or share a P group (same protein, hence same antigen; also covers alleles IMGT assigns no antigen).
 *       A broad meeting one of its splits ({@code A9} against {@code A23}) is not an antigen-level match.
 *   <li><b>DRB1, allele level</b>: a position matches only when both typings are molecular and share a P group (same
 *       protein in the antigen-recognition domain) or better; a serological DRB1 typing never matches at allele level.
 * </ul>
 *
 * Positions are paired the better way (direct or crossed) per locus, a side with one null position is read as
 * homozygous for its expressed one (as in {@link HlaMatcher}), and of a {@code |} genotype list the best genotype
 * counts.
 */
public final class CordBloodRules {
    private CordBloodRules() {}

    /** Counts the cord-blood matches of a unit for a patient, both prepared by the same {@link HlaMatcher}. */
    public static CordMatch match(PreparedTyping patient, PreparedTyping unit) {
        if (patient.owner() != unit.owner()) {
            throw new IllegalArgumentException("typings prepared by different HlaMatchers cannot be compared");
        }
        Map<Locus, Integer> counts = new EnumMap<>(Locus.class);
        List<Locus> untyped = new ArrayList<>();
        for (Locus locus : CordMatch.LOCI) {
            PreparedGenotype[] p = patient.at(locus);
            PreparedGenotype[] d = unit.at(locus);
            if (p == null || d == null) {
                untyped.add(locus);
            } else {
                counts.put(locus, best(locus, p, d));
            }
        }
        return new CordMatch(counts, untyped);
    }

    private static int best(Locus locus, PreparedGenotype[] patient, PreparedGenotype[] unit) {
        int best = 0;
        for (PreparedGenotype p : patient) {
            for (PreparedGenotype d : unit) {
                best = Math.max(best, count(locus, p, d));
            }
        }
        return best;
    }

    private static int count(Locus locus, PreparedGenotype p, PreparedGenotype d) {
        if (p.unexpressed || d.unexpressed) {
            return p.unexpressed && d.unexpressed ? 2 : 0;
        }
        int direct =
                matches(locus, p.comparedFirst, d.comparedFirst) + matches(locus, p.comparedSecond, d.comparedSecond);
        int crossed =
                matches(locus, p.comparedFirst, d.comparedSecond) + matches(locus, p.comparedSecond, d.comparedFirst);
        return Math.max(direct, crossed);
    }

    private static int matches(Locus locus, PositionProfile a, PositionProfile b) {
        boolean molecularMatch = a.molecular && b.molecular && PositionProfile.intersects(a.p, b.p);
        if (locus == Locus.DRB1) {
            return molecularMatch ? 1 : 0;
        }
        if (molecularMatch) {
            return 1;
        }
        return PositionGrader.serologyGrade(a, b).compareTo(MatchGrade.SPLIT) >= 0 ? 1 : 0;
    }
}
