package org.genobay.omics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencyPlotTest {

    @Test
    void the_axis_ends_at_the_first_round_value_that_holds_every_bar() {
        assertThat(FrequencyPlot.axisEnd(0)).isEqualTo(0.001);
        assertThat(FrequencyPlot.axisEnd(0.0002)).isEqualTo(0.001);
        assertThat(FrequencyPlot.axisEnd(0.0015)).isEqualTo(0.002, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(FrequencyPlot.axisEnd(0.12)).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(FrequencyPlot.axisEnd(0.5)).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(FrequencyPlot.axisEnd(0.51)).isEqualTo(1);
    }

    @Test
    void bars_are_as_long_as_their_frequency_on_that_axis_and_uncalled_groups_get_none() {
        Frequency all = new Frequency("all", 100, 20, 200, 0.1, 18, 1);
        Frequency half = new Frequency("GBR", 10, 2, 20, 0.1, 2, 0);
        Frequency none = new Frequency("unknown", 1, 0, 0, null, 0, 0);

        FrequencyPlot plot = FrequencyPlot.of(all, List.of(half, none), 640);

        assertThat(plot.bars()).extracting(FrequencyPlot.Bar::label).containsExactly("all", "GBR", "unknown");
        assertThat(plot.bars().get(0).barWidth()).isEqualTo(plot.plotWidth());
        assertThat(plot.bars().get(1).value()).isEqualTo("0.1  (2/20)");
        assertThat(plot.bars().get(2).barWidth()).isZero();
        assertThat(plot.bars().get(2).value()).isEqualTo(".  (0/0)");
        assertThat(plot.ticks())
                .extracting(FrequencyPlot.Tick::label)
                .containsExactly("0", "0.025", "0.05", "0.075", "0.1");
    }

    @Test
    void frequencies_print_as_bcftools_prints_them() {
        assertThat(new Frequency("all", 1, 1, 5008, 1 / 5008.0, 1, 0).afText()).isEqualTo("0.000199681");
        assertThat(new Frequency("all", 1, 599, 5008, 599 / 5008.0, 1, 0).afText())
                .isEqualTo("0.119609");
        assertThat(new Frequency("all", 1, 1, 100000, 1e-5, 1, 0).afText()).isEqualTo("1e-05");
        assertThat(new Frequency("all", 1, 2, 2, 1.0, 0, 1).afText()).isEqualTo("1");
    }
}
