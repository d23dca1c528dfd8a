package org.genobay.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallCountRuleTest {

    private final SmallCountRule rule = SmallCountRule.withThreshold(5);

    @Test
    void countsBelowTheThresholdAreToldAsARange() {
        for (long count = 1; count < 5; count++) {
            SmallCountRule.DisclosedCount told = rule.disclose(count);
            assertThat(told.exact()).isFalse();
            assertThat(told.low()).isEqualTo(1);
            assertThat(told.high()).isEqualTo(4);
            assertThat(told.exists()).isTrue();
            assertThat(told.label()).isEqualTo("1–4");
        }
    }

    @Test
    void zeroAndCountsAtOrAboveTheThresholdAreExact() {
        assertThat(rule.disclose(0)).isEqualTo(new SmallCountRule.DisclosedCount(0, 0, true));
        assertThat(rule.disclose(0).exists()).isFalse();
        assertThat(rule.disclose(5)).isEqualTo(new SmallCountRule.DisclosedCount(5, 5, true));
        assertThat(rule.disclose(123).label()).isEqualTo("123");
    }

    @Test
    void thresholdOfOneTellsEveryCount() {
        assertThat(SmallCountRule.withThreshold(1).disclose(1).exact()).isTrue();
    }

    @Test
    void rejectsAThresholdBelowOne() {
        assertThatThrownBy(() -> SmallCountRule.withThreshold(0))
                .hasMessageContaining("small-count-threshold must be at least 1");
    }
}
