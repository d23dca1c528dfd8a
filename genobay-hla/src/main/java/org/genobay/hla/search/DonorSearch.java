package org.genobay.hla.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.MatchResult;
import org.genobay.hla.match.PreparedTyping;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * Searches a {@link DonorIndex} for the donors and cord-blood units with at most 0, 1 or 2 mismatched positions at the
 * requested loci, each with its full {@link MatchResult}, exactly as {@link org.genobay.hla.match.HlaMatcher#match}
 * gives it for that donor (grades, confidences, DPB1 class). Untyped loci (on either side) count no mismatch; they
 * are reported as untyped and rank the donor lower.
 *
 * <p>Ranking: fewest mismatches; then fewest untyped loci; then the highest sum of position grades; then the highest
 * sum of position confidences; then ascending donor id.
 *
 * <p>Thread-safe; a search uses all cores for its comparisons.
 */
public final class DonorSearch {
    private final DonorIndex index;

    public DonorSearch(DonorIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    public SearchResult search(SearchRequest request) {
        PreparedTyping patient = request.patient();
        List<LocusScores> scores = new ArrayList<>();
        List<RoaringBitmap> twoMatched = new ArrayList<>();
        List<RoaringBitmap> oneMatched = new ArrayList<>();
        for (Locus locus : Locus.values()) {
            if (!request.loci().contains(locus)) {
                continue;
            }
            LocusColumn column = index.column(locus);
            LocusScores locusScores = LocusScores.compare(index.matcher(), patient, locus, column.typings);
            scores.add(locusScores);
            if (patient.locus(locus).isEmpty()) {
                twoMatched.add(index.all());
                oneMatched.add(index.all());
            } else {
                twoMatched.add(union(column, locusScores, 0));
                oneMatched.add(RoaringBitmap.or(twoMatched.get(twoMatched.size() - 1), union(column, locusScores, 1)));
            }
        }
        RoaringBitmap qualifying = MismatchAlgebra.atMost(request.maxMismatches(), twoMatched, oneMatched, index.all());
        if (!request.kinds().contains(DonorKind.CORD_BLOOD_UNIT)) {
            qualifying.andNot(index.cordBloodUnits());
        } else if (!request.kinds().contains(DonorKind.DONOR)) {
            qualifying.and(index.cordBloodUnits());
        }
        return new SearchResult(qualifying.getCardinality(), best(qualifying, scores, request.limit()));
    }

    /** The donors whose typing at the locus has exactly this many mismatches (untyped donors count none). */
    private static RoaringBitmap union(LocusColumn column, LocusScores scores, int mismatches) {
        List<RoaringBitmap> parts = new ArrayList<>();
        if (mismatches == 0) {
            parts.add(column.untyped);
        }
        for (int t = 0; t < column.typings.length; t++) {
            if (scores.mismatches[t] == mismatches) {
                parts.add(column.donorsOf[t]);
            }
        }
        return parts.isEmpty() ? new RoaringBitmap() : FastAggregation.or(parts.iterator());
    }

    private List<Candidate> best(RoaringBitmap qualifying, List<LocusScores> scores, int limit) {
        long[] keys = new long[qualifying.getCardinality()];
        LocusColumn[] columns = scores.stream().map(s -> index.column(s.locus)).toArray(LocusColumn[]::new);
        int n = 0;
        for (IntIterator donors = qualifying.getIntIterator(); donors.hasNext(); ) {
            int donor = donors.next();
            long shares = 0;
            for (int l = 0; l < columns.length; l++) {
                shares += scores.get(l).share(columns[l].typingOf[donor]);
            }
            keys[n++] = Ranking.key(shares, donor);
        }
        if (keys.length > 100_000) {
            Arrays.parallelSort(keys);
        } else {
            Arrays.sort(keys);
        }
        List<Candidate> best = new ArrayList<>(Math.min(limit, keys.length));
        for (int i = 0; i < keys.length && i < limit; i++) {
            int donor = Ranking.donor(keys[i]);
            List<LocusMatch> loci = new ArrayList<>(columns.length);
            int mismatches = 0;
            for (int l = 0; l < columns.length; l++) {
                int typing = columns[l].typingOf[donor];
                loci.add(scores.get(l).match(typing));
                mismatches += scores.get(l).mismatches(typing);
            }
            best.add(new Candidate(index.id(donor), index.kind(donor), mismatches, new MatchResult(loci)));
        }
        return best;
    }
}
