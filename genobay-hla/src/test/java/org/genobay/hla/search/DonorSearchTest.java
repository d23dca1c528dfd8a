package org.genobay.hla.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.TypingParser;
import org.genobay.hla.match.HlaMatcher;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.MatchResult;
import org.genobay.hla.match.PositionMatch;
import org.genobay.hla.match.PreparedTyping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DonorSearchTest {
    private static final int DONORS = 3000;

    private static HlaMatcher matcher;
    private static TypingParser parser;
    private static DonorIndex index;
    /** The reference: each donor's typing prepared whole, as pairwise matching prepares it. */
    private static Map<Long, PreparedTyping> prepared;

    private static Map<Long, DonorKind> kinds;

    @BeforeAll
    static void indexRandomDonors() {
        HlaRelease release = TestRelease.get();
        matcher = new HlaMatcher(release);
        parser = new TypingParser(release);
        RandomTypings typings = new RandomTypings(release, 7);
        DonorIndex.Builder builder = DonorIndex.builder(matcher, parser);
        prepared = new LinkedHashMap<>();
        kinds = new LinkedHashMap<>();
        for (int i = 0; i < DONORS; i++) {
            long id = 1_000_000L - 7L * i; // descending: the index must sort them
            String gl = typings.typing();
            DonorKind kind = i % 5 == 0 ? DonorKind.CORD_BLOOD_UNIT : DonorKind.DONOR;
            if (i % 3 == 0) {
                builder.add(id, kind, matcher.prepare(parser.parse(gl)));
            } else {
                builder.add(id, kind, gl);
            }
            prepared.put(id, matcher.prepare(parser.parse(gl)));
            kinds.put(id, kind);
        }
        index = builder.build();
    }

    @Test
    void findsExactlyTheDonorsAndResultsThatAnExhaustivePairwiseScanFinds() {
        RandomTypings patients = new RandomTypings(TestRelease.get(), 11);
        DonorSearch search = new DonorSearch(index);
        int compared = 0;
        for (int p = 0; p < 15; p++) {
            PreparedTyping patient = matcher.prepare(parser.parse(patients.typing()));
            for (Set<Locus> loci : List.of(Locus.TEN, Locus.EIGHT, Locus.TWELVE, EnumSet.of(Locus.DRB1))) {
                for (int k = 0; k <= 2; k++) {
                    SearchResult found = search.search(
                            new SearchRequest(patient, loci, k, EnumSet.allOf(DonorKind.class), Integer.MAX_VALUE));
                    List<Candidate> expected = exhaustive(patient, loci, k, EnumSet.allOf(DonorKind.class));
                    assertThat(found.candidates())
                            .as("patient %s, loci %s, k = %d", patient, loci, k)
                            .containsExactlyElementsOf(expected);
                    assertThat(found.qualifying()).isEqualTo(expected.size());
                    compared += expected.size();
                }
            }
        }
        assertThat(compared).as("the random data must give matches to compare").isGreaterThan(1000);
    }

    @Test
    void keepsOnlyTheRequestedKindsAndTheBestUpToTheLimit() {
        PreparedTyping patient = prepared.values().iterator().next();
        DonorSearch search = new DonorSearch(index);
        SearchResult cords =
                search.search(new SearchRequest(patient, Locus.EIGHT, 2, EnumSet.of(DonorKind.CORD_BLOOD_UNIT), 5000));
        assertThat(cords.candidates())
                .containsExactlyElementsOf(exhaustive(patient, Locus.EIGHT, 2, EnumSet.of(DonorKind.CORD_BLOOD_UNIT)));
        assertThat(cords.candidates()).isNotEmpty().allMatch(c -> c.kind() == DonorKind.CORD_BLOOD_UNIT);

        SearchResult all =
                search.search(new SearchRequest(patient, Locus.EIGHT, 2, EnumSet.allOf(DonorKind.class), 5000));
        SearchResult top = search.search(new SearchRequest(patient, Locus.EIGHT, 2, EnumSet.allOf(DonorKind.class), 3));
        assertThat(top.candidates()).containsExactlyElementsOf(all.candidates().subList(0, 3));
        assertThat(top.qualifying()).isEqualTo(all.qualifying()).isGreaterThan(3);
    }

    @Test
    void holdsEachDistinctLocusTypingOnce() {
        for (Locus locus : Locus.values()) {
            long distinct = prepared.values().stream()
                    .map(t -> t.locus(locus).map(PreparedTyping::text).orElse(""))
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .count();
            assertThat(index.distinctTypings(locus)).as("%s", locus).isEqualTo((int) distinct);
        }
        assertThat(index.size()).isEqualTo(DONORS);
        assertThat(index.bitmapBytes()).isPositive();

        DonorIndex small = DonorIndex.builder(matcher, parser)
                .add(1, DonorKind.DONOR, "A*01:01+A*02:01^B*08:01+B*07:02")
                .add(2, DonorKind.DONOR, "A*01:01+A*02:01^B*08:01+B*44:02")
                .add(3, DonorKind.DONOR, matcher.prepare(parser.parse("B*08:01+B*07:02^A*01:01+A*02:01")))
                .build();
        assertThat(small.distinctTypings(Locus.A)).isEqualTo(1);
        assertThat(small.distinctTypings(Locus.B)).isEqualTo(2);
        assertThat(small.distinctTypings(Locus.C)).isZero();
    }

    @Test
    void namesTheDonorWhoseTypingIsInvalid() {
        DonorIndex.Builder builder = DonorIndex.builder(matcher, parser);
        assertThatThrownBy(() -> builder.add(42, DonorKind.DONOR, "A*01:01+A*99:99^B*08:01+B*07:02"))
                .isInstanceOf(InvalidDonorEntryException.class)
                .hasMessageContaining("donor 42")
                .hasMessageContaining("A*99:99");
        assertThatThrownBy(() -> builder.add(43, DonorKind.DONOR, "A*01:01+A*02:01^A*03:01+A*11:01"))
                .isInstanceOf(InvalidDonorEntryException.class)
                .hasMessageContaining("donor 43")
                .hasMessageContaining("twice");
        builder.add(44, DonorKind.DONOR, "A*01:01+A*02:01");
        assertThat(builder.build().size())
                .as("rejected entries leave nothing behind")
                .isEqualTo(1);
    }

    @Test
    void rejectsADonorIdGivenTwice() {
        DonorIndex.Builder builder = DonorIndex.builder(matcher, parser);
        builder.add(5, DonorKind.DONOR, "A*01:01+A*02:01");
        builder.add(3, DonorKind.DONOR, "A*01:01+A*02:01");
        builder.add(5, DonorKind.CORD_BLOOD_UNIT, "A*03:01+A*02:01");
        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidDonorEntryException.class)
                .hasMessageContaining("donor id 5");
    }

    @Test
    void rejectsATypingPreparedByAnotherMatcher() {
        HlaMatcher other = new HlaMatcher(TestRelease.get());
        PreparedTyping foreign = other.prepare(parser.parse("A*01:01+A*02:01"));
        assertThatThrownBy(() -> DonorIndex.builder(matcher, parser).add(1, DonorKind.DONOR, foreign))
                .isInstanceOf(InvalidDonorEntryException.class)
                .hasMessageContaining("another HlaMatcher");
    }

    /** Every donor compared whole by the pairwise matcher, filtered and sorted by the documented order. */
    private static List<Candidate> exhaustive(PreparedTyping patient, Set<Locus> loci, int k, Set<DonorKind> wanted) {
        List<Candidate> found = new ArrayList<>();
        prepared.forEach((id, donor) -> {
            MatchResult result = matcher.match(patient, donor, loci);
            int mismatches = result.loci().stream()
                    .filter(l -> l instanceof LocusMatch.Compared)
                    .mapToInt(l -> ((LocusMatch.Compared) l).mismatches())
                    .sum();
            if (mismatches <= k && wanted.contains(kinds.get(id))) {
                found.add(new Candidate(id, kinds.get(id), mismatches, result));
            }
        });
        found.sort(Comparator.comparingInt(Candidate::mismatches)
                .thenComparingLong(c -> c.match().loci().stream()
                        .filter(l -> l instanceof LocusMatch.Untyped)
                        .count())
                .thenComparing(c -> -sum(c, true))
                .thenComparing(c -> -sum(c, false))
                .thenComparingLong(Candidate::donorId));
        return found;
    }

    private static int sum(Candidate candidate, boolean grades) {
        int sum = 0;
        for (LocusMatch locus : candidate.match().loci()) {
            if (locus instanceof LocusMatch.Compared compared) {
                for (PositionMatch position : compared.positions()) {
                    sum += grades
                            ? position.grade().ordinal()
                            : position.confidence().ordinal();
                }
            }
        }
        return sum;
    }
}
