package org.genobay.omics;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar plot of allele frequencies, one bar per group, laid out here and drawn as inline SVG by the variant
 * page's template (no JavaScript). The axis ends at the smallest of 0.001, 0.002, 0.005, … 1 that holds every bar.
 *
 * @param width the SVG's width; {@code height} its height, both in user units
 */
public record FrequencyPlot(int width, int height, int plotLeft, int plotWidth, List<Bar> bars, List<Tick> ticks) {

    static final int LABEL_WIDTH = 90;
    static final int ROW = 22;
    static final int BAR = 14;
    static final int TOP = 8;
    static final int AXIS = 24;
    static final int RIGHT = 110;

    /** One group's bar: where it is, and what its label and value say. */
    public record Bar(String label, String value, int y, int barWidth, boolean overall, boolean called) {}

    /** An axis tick at x with its label. */
    public record Tick(int x, String label) {}

    public FrequencyPlot {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /** The plot of the overall frequency (labelled "all") and then each group's, {@code width} units wide. */
    public static FrequencyPlot of(Frequency overall, List<Frequency> groups, int width) {
        List<Frequency> all = new ArrayList<>();
        all.add(overall);
        all.addAll(groups);
        double max = all.stream()
                .filter(f -> f.af() != null)
                .mapToDouble(Frequency::af)
                .max()
                .orElse(0);
        double scale = axisEnd(max);
        int plotWidth = width - LABEL_WIDTH - RIGHT;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Frequency f = all.get(i);
            double af = f.af() == null ? 0 : f.af();
            bars.add(new Bar(
                    i == 0 ? "all" : f.group(),
                    f.afText() + "  (" + f.ac() + "/" + f.an() + ")",
                    TOP + i * ROW,
                    (int) Math.round(plotWidth * af / scale),
                    i == 0,
                    f.af() != null));
        }
        int axisY = TOP + all.size() * ROW;
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            ticks.add(new Tick(LABEL_WIDTH + plotWidth * t / 4, trim(scale * t / 4)));
        }
        return new FrequencyPlot(width, axisY + AXIS, LABEL_WIDTH, plotWidth, bars, ticks);
    }

    /** Where the plot's axis ends. */
    static double axisEnd(double max) {
        for (double decade = 0.001; decade < 1; decade *= 10) {
            for (double step : new double[] {1, 2, 5}) {
                if (max <= decade * step + 1e-12) {
                    return decade * step;
                }
            }
        }
        return 1;
    }

    private static String trim(double value) {
        String text = java.math.BigDecimal.valueOf(value)
                .round(new java.math.MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
        return text;
    }

    /** The y of the axis line. */
    public int axisY() {
        return height - AXIS;
    }

    public int barHeight() {
        return BAR;
    }
}
