package org.genobay.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class FisherExactTest {

    @Test
    void teaTastingExampleOfTheRDocumentationGivesP0_4857() {
        // fisher.test(matrix(c(3, 1, 1, 3), nrow = 2)): p-value = 0.4857 (= 34/70; the table 1,3,3,1 is exactly as
        // likely as the observed one and must be counted although rounding may put it a few ulps above it)
        assertThat(FisherExact.twoSidedP(3, 1, 1, 3)).isCloseTo(34.0 / 70.0, within(1e-15));
    }

    @Test
    void wikipediaDietingExampleGivesP0_002759() {
        assertThat(FisherExact.twoSidedP(1, 9, 11, 3)).isCloseTo(0.002759, within(5e-7));
    }

    /**
     * Reference values from {@code src/test/resources/fisher/fisher-exact-reference.py}: exact rational arithmetic for
     * tables up to ~10^4, 60-digit decimal arithmetic for tables of 10^6.
     */
    @ParameterizedTest(name = "[{0} {1}; {2} {3}] has p = {4} ({5})")
    @CsvFileSource(resources = "/fisher/fisher-exact-expected.tsv", delimiter = '\t')
    void agreesWithAnIndependentHighPrecisionComputation(int a, int b, int c, int d, double expected, String method) {
        assertThat(FisherExact.twoSidedP(a, b, c, d)).isCloseTo(expected, offset(expected * 1e-9));
    }

    @ParameterizedTest(name = "[{0} {1}; {2} {3}]")
    @CsvSource({"3,1,1,3", "1,9,11,3", "7,2,3,8", "100,200,150,160", "0,2504,17,2487", "250500,249500,249800,250200"})
    void doesNotDependOnWhichRowOrColumnComesFirst(int a, int b, int c, int d) {
        double p = FisherExact.twoSidedP(a, b, c, d);
        assertThat(FisherExact.twoSidedP(c, d, a, b)).isCloseTo(p, offset(p * 1e-9));
        assertThat(FisherExact.twoSidedP(b, a, d, c)).isCloseTo(p, offset(p * 1e-9));
        assertThat(FisherExact.twoSidedP(a, c, b, d)).isCloseTo(p, offset(p * 1e-9));
    }

    @ParameterizedTest(name = "[{0} {1}; {2} {3}]")
    @CsvSource({"0,0,0,0", "5,0,3,0", "0,0,4,9", "0,7,0,2", "12,0,0,0"})
    void givesOneWhenAMarginIsZeroBecauseOnlyTheObservedTableIsPossible(int a, int b, int c, int d) {
        assertThat(FisherExact.twoSidedP(a, b, c, d)).isEqualTo(1.0);
    }

    @Test
    void givesOneForAPerfectlyBalancedTable() {
        assertThat(FisherExact.twoSidedP(5, 5, 5, 5)).isEqualTo(1.0);
        assertThat(FisherExact.twoSidedP(250000, 250000, 250000, 250000)).isEqualTo(1.0);
    }

    @Test
    void staysFiniteAndWithinZeroAndOneForTablesOfTwoMillion() {
        double p = FisherExact.twoSidedP(600000, 400000, 400000, 600000);
        assertThat(p).isBetween(0.0, 1.0).isNotNaN();
        // 1.2 million against 0.8 million: far below any double, comes out as 0 like R's fisher.test
        assertThat(p).isZero();
        assertThat(FisherExact.twoSidedP(500300, 499700, 499800, 500200)).isBetween(0.0, 1.0);
    }

    @Test
    void rejectsANegativeCountNamingTheTable() {
        assertThatThrownBy(() -> FisherExact.twoSidedP(3, -1, 1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[3, -1; 1, 3]");
    }

    @Test
    void rejectsATotalBeyondAnInt() {
        assertThatThrownBy(() -> FisherExact.twoSidedP(Integer.MAX_VALUE, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("totals 2147483648");
    }
}
