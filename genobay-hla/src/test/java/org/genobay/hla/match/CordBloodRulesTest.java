package org.genobay.hla.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.genobay.hla.HlaRelease;
import org.genobay.hla.TypingParser;
import org.junit.jupiter.api.Test;

/** Hand-worked cases on IMGT/HLA 3.58.0; the antigens are those rel_dna_ser.txt gives (A*02:05 is A2, B*51 B51...). */
class CordBloodRulesTest {
    private static final String PATIENT = "A*01:01+A*02:01^B*07:02+B*08:01^C*07:01+C*07:02^DRB1*15:01+DRB1*03:01";

    private final HlaRelease release = Releases.release("3.58.0");
    private final TypingParser parser = new TypingParser(release);
    private final HlaMatcher matcher = new HlaMatcher(release);

    private CordMatch cord(String patient, String unit) {
        return CordBloodRules.match(matcher.prepare(parser.parse(patient)), matcher.prepare(parser.parse(unit)));
    }

    private MatchTotal six(String patient, String unit) {
        return matcher.match(matcher.prepare(parser.parse(patient)), matcher.prepare(parser.parse(unit)))
                .total(Locus.SIX);
    }

    @Test
    void anIdenticalUnitIsSixOfSix() {
        assertThat(cord(PATIENT, PATIENT).text()).isEqualTo("6/6");
    }

    @Test
    void anAlleleMismatchWithinTheSameAntigenAtAIsStillAMatch() {
        String unit = PATIENT.replace("A*02:01", "A*02:05");

        assertThat(cord(PATIENT, unit).text()).isEqualTo("6/6");
        // the allele-level count of adult donors sees the difference
        assertThat(six(PATIENT, unit).text()).isEqualTo("5/6 mismatched at A");
    }

    @Test
    void anAlleleMismatchWithinTheSameAntigenAtDrb1IsAMismatch() {
        String unit = PATIENT.replace("DRB1*15:01", "DRB1*15:02");

        assertThat(cord(PATIENT, unit).text()).isEqualTo("5/6 mismatched at DRB1");
    }

    @Test
    void differentAntigensAtBAreMismatchesAndCountedPerPosition() {
        String unit = PATIENT.replace("B*07:02+B*08:01", "B*51:01+B*52:01");

        CordMatch match = cord(PATIENT, unit);

        assertThat(match.text()).isEqualTo("4/6 mismatched at B (2)");
        assertThat(match.matched()).contains(4);
    }

    @Test
    void serologicalTypingsMatchAtAntigenLevelAtAAndB() {
        String unit = "A1+A2^B7+B8^DRB1*15:01+DRB1*03:01";

        assertThat(cord(PATIENT, unit).text()).isEqualTo("6/6");
    }

    @Test
    void aBroadMeetingItsSplitIsNotAnAntigenLevelMatch() {
        String patient = PATIENT.replace("A*02:01", "A*23:01");
        String unit = "A1+A9^B7+B8^DRB1*15:01+DRB1*03:01";

        assertThat(cord(patient, unit).text()).isEqualTo("5/6 mismatched at A");
    }

    @Test
    void aSerologicalDrb1TypingNeverMatchesAtAlleleLevel() {
        String unit = PATIENT.replace("DRB1*15:01+DRB1*03:01", "DR15+DR17");

        assertThat(cord(PATIENT, unit).text()).isEqualTo("4/6 mismatched at DRB1 (2)");
    }

    @Test
    void crossedPositionsArePairedTheBetterWay() {
        String unit = "A*02:01+A*01:01^B*08:01+B*07:02^DRB1*03:01+DRB1*15:01";

        assertThat(cord(PATIENT, unit).text()).isEqualTo("6/6");
    }

    @Test
    void anUntypedLocusMakesTheCountUnknown() {
        CordMatch match = cord(PATIENT, "A*01:01+A*02:01^B*07:02+B*08:01");

        assertThat(match.matched()).isEmpty();
        assertThat(match.text()).isEqualTo("not known: DRB1 untyped");
    }
}
