package org.genobay.cli.variants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FloatTextTest {
    @Test
    void allelFrequenciesPrintAsBcftoolsPrintsThem() {
        // bcftools 1.16: bcftools +fill-tags -- -t AF | bcftools query -f '%AC\t%AN\t%AF\n' on the bundled sample
        assertThat(FloatText.of((float) (1.0 / 5008))).isEqualTo("0.000199681");
        assertThat(FloatText.of((float) (32.0 / 5008))).isEqualTo("0.00638978");
        assertThat(FloatText.of((float) (599.0 / 5008))).isEqualTo("0.119609");
        assertThat(FloatText.of(0.5)).isEqualTo("0.5");
        assertThat(FloatText.of(1)).isEqualTo("1");
    }

    @Test
    void smallAndLargeNumbersUseCsExponentForm() {
        // as printf '%g' writes them
        assertThat(FloatText.of(1e-5)).isEqualTo("1e-05");
        assertThat(FloatText.of(3.2e-45)).isEqualTo("3.2e-45");
        assertThat(FloatText.of(123456789)).isEqualTo("1.23457e+08");
        assertThat(FloatText.of(999999.5)).isEqualTo("1e+06");
        assertThat(FloatText.of(100)).isEqualTo("100");
        assertThat(FloatText.of(0)).isEqualTo("0");
        assertThat(FloatText.of(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }
}
