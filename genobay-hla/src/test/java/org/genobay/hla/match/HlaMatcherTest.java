package org.genobay.hla.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.InvalidTypingException;
import org.genobay.hla.TypingParser;
import org.junit.jupiter.api.Test;

class HlaMatcherTest {
    private static final String PATIENT = "A*01:01+A*02:01^B*07:02+B*08:01^C*07:01+C*07:02^DRB1*15:01+DRB1*03:01"
            + "^DQB1*06:02+DQB1*02:01^DPB1*04:01+DPB1*04:01";

    private final HlaRelease release = Releases.release("3.58.0");
    private final TypingParser parser = new TypingParser(release);
    private final HlaMatcher matcher = new HlaMatcher(release);

    private MatchResult match(String patient, String donor) {
        return matcher.match(matcher.prepare(parser.parse(patient)), matcher.prepare(parser.parse(donor)));
    }

    @Test
    void anIdenticalTypingIsTwelveOfTwelve() {
        MatchResult result = match(PATIENT, PATIENT);

        assertThat(result.totals()).extracting(MatchTotal::text).containsExactly("6/6", "8/8", "10/10", "12/12");
    }

    @Test
    void aMismatchIsCountedAndItsLocusNamed() {
        MatchResult result =
                match(PATIENT, PATIENT.replace("DQB1*06:02", "DQB1*06:03").replace("A*02:01", "A*03:01"));

        assertThat(result.total(Locus.TEN).text()).isEqualTo("8/10 mismatched at A, DQB1");
        assertThat(result.total(Locus.SIX).text()).isEqualTo("5/6 mismatched at A");
    }

    @Test
    void aDoubleMismatchShowsItsCount() {
        MatchResult result = match(PATIENT, PATIENT.replace("A*01:01+A*02:01", "A*03:01+A*11:01"));

        assertThat(result.total(Locus.TEN).text()).isEqualTo("8/10 mismatched at A (2)");
    }

    @Test
    void anUntypedLocusIsReportedAsUntypedNotAsAMatch() {
        String donor = PATIENT.substring(0, PATIENT.indexOf("^DQB1"));

        MatchResult result = match(PATIENT, donor);

        assertThat(result.locus(Locus.DQB1)).containsInstanceOf(LocusMatch.Untyped.class);
        assertThat(((LocusMatch.Untyped) result.locus(Locus.DQB1).orElseThrow()).untypedIn())
                .isEqualTo("donor");
        assertThat(result.total(Locus.EIGHT).text()).isEqualTo("8/8");
        assertThat(result.total(Locus.TEN).matched()).isEmpty();
        assertThat(result.total(Locus.TEN).text()).isEqualTo("not known: DQB1 untyped");
        assertThat(result.total(Locus.TWELVE).text()).isEqualTo("not known: DQB1, DPB1 untyped");
    }

    @Test
    void onlyTheChosenLociAreComparedAndTotalled() {
        MatchResult result = matcher.match(
                matcher.prepare(parser.parse(PATIENT)),
                matcher.prepare(parser.parse(PATIENT)),
                Set.of(Locus.A, Locus.B, Locus.DRB1));

        assertThat(result.loci()).extracting(LocusMatch::locus).containsExactly(Locus.A, Locus.B, Locus.DRB1);
        assertThat(result.totals()).extracting(MatchTotal::name).containsExactly("6/6");
    }

    @Test
    void haplotypesAreSplitLocusByLocus() {
        MatchResult result = match("A*01:01~B*08:01+A*02:01~B*07:02", "A*02:01+A*01:01^B*07:02+B*08:01");

        assertThat(result.locus(Locus.A).map(l -> ((LocusMatch.Compared) l).count()))
                .contains(2);
        assertThat(result.locus(Locus.B).map(l -> ((LocusMatch.Compared) l).count()))
                .contains(2);
    }

    @Test
    void lociThatAreNotMatchedAreLeftOut() {
        assertThat(matcher.prepare(parser.parse("A*01:01+A*02:01^DRB3*01:01+DRB3*02:02"))
                        .typedLoci())
                .containsExactly(Locus.A);
    }

    @Test
    void twoNullPositionsOnBothSidesMatchAndAgainstAnExpressedLocusDoNot() {
        MatchResult nulls = match("A*24:09N+A*01:04N", "A*24:09N+A*24:09N");
        MatchResult against = match("A*24:09N+A*01:04N", "A*01:01+A*01:01");

        LocusMatch.Compared both = (LocusMatch.Compared) nulls.locus(Locus.A).orElseThrow();
        assertThat(both.count()).isEqualTo(2);
        assertThat(both.positions().get(0).grade()).isEqualTo(MatchGrade.NULL_MATCH);
        LocusMatch.Compared one = (LocusMatch.Compared) against.locus(Locus.A).orElseThrow();
        assertThat(one.count()).isZero();
        assertThat(one.positions().get(0).grade()).isEqualTo(MatchGrade.EXPRESSING_VS_NULL);
    }

    @Test
    void threePositionsAtALocusIsAnErrorThatNamesThem() {
        assertThatThrownBy(() -> matcher.prepare(parser.parse("A*01:01+A*02:01+A*03:01")))
                .isInstanceOf(InvalidTypingException.class)
                .hasMessage("typing 'A*01:01+A*02:01+A*03:01': 'A*01:01+A*02:01+A*03:01' has 3 positions; a locus"
                        + " has two");
    }

    @Test
    void aLocusTwiceIsAnError() {
        assertThatThrownBy(() -> matcher.prepare(parser.parse("A*01:01+A*02:01^A*03:01+A*11:01")))
                .isInstanceOf(InvalidTypingException.class)
                .hasMessageContaining("locus A appears twice");
    }

    @Test
    void lociMixedInOnePositionAreAnError() {
        assertThatThrownBy(() -> matcher.prepare(parser.parse("A*01:01/B*08:01+A*02:01")))
                .isInstanceOf(InvalidTypingException.class)
                .hasMessageContaining("mixes loci A and B in one position");
    }

    @Test
    void typingsFromAnotherMatcherAreRefused() {
        PreparedTyping other = new HlaMatcher(release).prepare(parser.parse("A*01:01"));

        assertThatThrownBy(() -> matcher.match(other, matcher.prepare(parser.parse("A*01:01"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
