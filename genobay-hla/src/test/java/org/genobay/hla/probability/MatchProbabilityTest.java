package org.genobay.hla.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import org.genobay.hla.TypingParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Match probabilities small enough to work out by hand, on a made-up two-locus table. Priors are {@code 2 f1 f2} for
 * two different haplotypes; posteriors are priors over their sum.
 */
class MatchProbabilityTest {
    private static final String TABLE =
            """
            A*01:01~B*08:01,1,0.4
            A*02:01~B*07:02,1,0.3
            A*02:01~B*08:01,1,0.2
            A*03:01~B*07:02,1,0.1
            """;
    private static final double EXACT = 1e-12;

    private HaplotypeFrequencies table;
    private TypingParser parser;
    private GenotypeImputation imputation;
    private MatchProbability matchProbability;

    @BeforeEach
    void setUp() throws IOException {
        table = HaplotypeFrequencies.parse(new StringReader(TABLE), "two-locus table");
        parser = new TypingParser(WmdaData.release("3.58.0"));
        imputation = new GenotypeImputation(table, parser.release());
        matchProbability = new MatchProbability(table);
    }

    private Imputation.Imputed impute(String typing) {
        return (Imputation.Imputed) imputation.impute(parser.parse(typing));
    }

    @Test
    void identicalUnambiguousTypingsMatchWithCertainty() {
        Imputation.Imputed person = impute("A*01:01+A*02:01^B*08:01+B*07:02");

        MismatchProbabilities result = matchProbability.compute(person, person);

        assertThat(person.genotypes()).hasSize(1); // A*01:01~B*07:02 is not in the table: one phase only
        assertThat(result.matched(4)).isCloseTo(1, within(EXACT));
        assertThat(result.locus("A").none()).isCloseTo(1, within(EXACT));
        assertThat(result.locus("B").none()).isCloseTo(1, within(EXACT));
    }

    @Test
    void aTwoWayAmbiguitySplitsAsTheHaplotypeFrequenciesSay() {
        Imputation.Imputed patient = impute("A*01:01+A*02:01^B*08:01+B*07:02");
        Imputation.Imputed donor = impute("A*01:01+A*02:01/A*03:01^B*08:01+B*07:02");

        MismatchProbabilities result = matchProbability.compute(patient, donor);

        // donor: {A1-B8, A2-B7} prior 2*0.4*0.3 = 0.24, {A1-B8, A3-B7} prior 2*0.4*0.1 = 0.08
        double identical = 0.24 / (0.24 + 0.08);
        assertThat(donor.genotypes()).hasSize(2);
        assertThat(donor.genotypes().get(0).probability()).isCloseTo(identical, within(EXACT));
        assertThat(donor.genotypes().get(1).probability()).isCloseTo(1 - identical, within(EXACT));
        assertThat(result.matched(4)).isCloseTo(0.75, within(EXACT));
        assertThat(result.matched(3)).isCloseTo(0.25, within(EXACT));
        assertThat(result.locus("A").one()).isCloseTo(0.25, within(EXACT));
        assertThat(result.locus("B").none()).isCloseTo(1, within(EXACT));
    }

    @Test
    void anUntypedLocusTakesEveryAlleleTheHaplotypesAllow() {
        Imputation.Imputed patient = impute("A*01:01+A*02:01^B*08:01+B*07:02");
        Imputation.Imputed donor = impute("A*01:01+A*02:01");

        MismatchProbabilities result = matchProbability.compute(patient, donor);

        // donor: {A1-B8, A2-B7} prior 0.24, {A1-B8, A2-B8} prior 2*0.4*0.2 = 0.16
        assertThat(result.locus("B").none()).isCloseTo(0.24 / 0.40, within(EXACT));
        assertThat(result.locus("B").one()).isCloseTo(0.16 / 0.40, within(EXACT));
        assertThat(result.mismatches(0)).isCloseTo(0.6, within(EXACT));
        assertThat(result.mismatches(1)).isCloseTo(0.4, within(EXACT));
        assertThat(result.mismatches(2)).isCloseTo(0, within(EXACT));
    }

    @Test
    void aHomozygousPatientAndAHeterozygousDonorHaveOneMismatch() {
        Imputation.Imputed patient = impute("A*02:01+A*02:01^B*07:02+B*08:01");
        Imputation.Imputed donor = impute("A*02:01+A*01:01^B*07:02+B*08:01");

        MismatchProbabilities result = matchProbability.compute(patient, donor);

        assertThat(result.locus("A").one()).isCloseTo(1, within(EXACT));
        assertThat(result.matched(3)).isCloseTo(1, within(EXACT));
    }

    @Test
    void twoDifferentAllelesAtOneLocusAreTwoMismatches() {
        Imputation.Imputed patient = impute("A*01:01+A*01:01^B*08:01+B*08:01");
        Imputation.Imputed donor = impute("A*02:01+A*03:01^B*07:02+B*07:02");

        MismatchProbabilities result = matchProbability.compute(patient, donor);

        assertThat(result.locus("A").two()).isCloseTo(1, within(EXACT));
        assertThat(result.matched(0)).isCloseTo(1, within(EXACT));
    }

    @Test
    void probabilitiesOfEachLocusAndOverallSumToOne() {
        Imputation.Imputed patient = impute("A*01:01/A*02:01+A*02:01/A*03:01");
        Imputation.Imputed donor = impute("B*08:01+B*07:02");

        MismatchProbabilities result = matchProbability.compute(patient, donor);

        assertThat(result.overall().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1, within(1e-12));
        for (MismatchProbabilities.LocusMismatches locus : result.perLocus()) {
            assertThat(locus.none() + locus.one() + locus.two()).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void overSomeLociOnlyTheMismatchesElsewhereDoNotCount() {
        Imputation.Imputed patient = impute("A*01:01+A*02:01^B*08:01+B*07:02");
        Imputation.Imputed donor = impute("A*01:01+A*02:01/A*03:01^B*08:01+B*07:02");
        MatchProbability.Prepared p = matchProbability.prepare(patient);
        MatchProbability.Prepared d = matchProbability.prepare(donor);

        MismatchProbabilities onlyB = matchProbability.compute(p, d, java.util.List.of("B"));
        MismatchProbabilities onlyA = matchProbability.compute(p, d, java.util.List.of("A"));
        MismatchProbabilities both = matchProbability.compute(p, d, java.util.List.of("B", "A"));

        // the donor's only doubt is A*02:01 or A*03:01 (0.75 : 0.25, as above); B is certain
        assertThat(onlyB.loci()).containsExactly("B");
        assertThat(onlyB.overall()).hasSize(3);
        assertThat(onlyB.mismatches(0)).isCloseTo(1, within(EXACT));
        assertThat(onlyA.mismatches(0)).isCloseTo(0.75, within(EXACT));
        assertThat(onlyA.mismatches(1)).isCloseTo(0.25, within(EXACT));
        assertThat(both.loci()).containsExactly("A", "B");
        assertThat(both.overall()).isEqualTo(matchProbability.compute(p, d).overall());
    }
}
