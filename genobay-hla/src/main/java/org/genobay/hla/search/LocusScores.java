package org.genobay.hla.search;

import java.util.Set;
import java.util.stream.IntStream;
import org.genobay.hla.match.HlaMatcher;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.PositionMatch;
import org.genobay.hla.match.PreparedTyping;

/**
 * A patient compared with every distinct typing of one locus of an index, by {@link HlaMatcher#match} itself: the
 * {@link LocusMatch} of each, its mismatches, and its share of the ranking key (see {@link Ranking}).
 */
final class LocusScores {
    final Locus locus;
    final LocusMatch[] matches;
    final byte[] mismatches;
    final long[] rankShare;
    final LocusMatch untypedDonor;
    final long untypedDonorShare;

    private LocusScores(Locus locus, LocusMatch[] matches, boolean patientTyped) {
        this.locus = locus;
        this.matches = matches;
        this.mismatches = new byte[matches.length];
        this.rankShare = new long[matches.length];
        for (int t = 0; t < matches.length; t++) {
            if (matches[t] instanceof LocusMatch.Compared compared) {
                mismatches[t] = (byte) compared.mismatches();
                rankShare[t] = Ranking.share(compared.mismatches(), 0, gradeSum(compared), confidenceSum(compared));
            } else {
                rankShare[t] = Ranking.untypedShare();
            }
        }
        this.untypedDonor = new LocusMatch.Untyped(locus, patientTyped, false);
        this.untypedDonorShare = Ranking.untypedShare();
    }

    /** Compares the patient with each of the locus's typings, on all cores (the common fork-join pool). */
    static LocusScores compare(HlaMatcher matcher, PreparedTyping patient, Locus locus, PreparedTyping[] typings) {
        Set<Locus> only = Set.of(locus);
        LocusMatch[] matches = new LocusMatch[typings.length];
        IntStream.range(0, typings.length)
                .parallel()
                .forEach(t -> matches[t] =
                        matcher.match(patient, typings[t], only).loci().get(0));
        return new LocusScores(locus, matches, patient.locus(locus).isPresent());
    }

    LocusMatch match(int typing) {
        return typing < 0 ? untypedDonor : matches[typing];
    }

    long share(int typing) {
        return typing < 0 ? untypedDonorShare : rankShare[typing];
    }

    int mismatches(int typing) {
        return typing < 0 ? 0 : mismatches[typing];
    }

    private static int gradeSum(LocusMatch.Compared compared) {
        int sum = 0;
        for (PositionMatch position : compared.positions()) {
            sum += position.grade().ordinal();
        }
        return sum;
    }

    private static int confidenceSum(LocusMatch.Compared compared) {
        int sum = 0;
        for (PositionMatch position : compared.positions()) {
            sum += position.confidence().ordinal();
        }
        return sum;
    }
}
