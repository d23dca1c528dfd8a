package org.genobay.biobank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The acceptance range of one measure for one specimen type. The ranges are the usual ones of biobank SOPs (ISBER):
 * pure DNA has A260/280 near 1.8, RNA near 2.0, and RNA for sequencing a RIN of at least 7.
 */
record QcRule(SpecimenType type, QcMeasure measure, Optional<BigDecimal> min, Optional<BigDecimal> max) {

    static final List<QcRule> ALL = List.of(
            rule(SpecimenType.DNA, QcMeasure.A260_280, "1.7", "2.0"),
            rule(SpecimenType.DNA, QcMeasure.A260_230, "1.8", null),
            rule(SpecimenType.DNA, QcMeasure.CONCENTRATION, "10", null),
            rule(SpecimenType.RNA, QcMeasure.A260_280, "1.8", "2.2"),
            rule(SpecimenType.RNA, QcMeasure.RIN, "7", null),
            rule(SpecimenType.RNA, QcMeasure.CONCENTRATION, "5", null));

    static Optional<QcRule> of(SpecimenType type, QcMeasure measure) {
        return ALL.stream().filter(r -> r.type == type && r.measure == measure).findFirst();
    }

    boolean passes(BigDecimal value) {
        return min.map(m -> value.compareTo(m) >= 0).orElse(true)
                && max.map(m -> value.compareTo(m) <= 0).orElse(true);
    }

    /** "1.7–2.0", "≥ 10". */
    String range() {
        if (min.isPresent() && max.isPresent()) {
            return min.get().toPlainString() + "–" + max.get().toPlainString();
        }
        return min.map(m -> "≥ " + m.toPlainString())
                .orElseGet(() -> "≤ " + max.orElseThrow().toPlainString());
    }

    private static QcRule rule(SpecimenType type, QcMeasure measure, String min, String max) {
        return new QcRule(
                type,
                measure,
                Optional.ofNullable(min).map(BigDecimal::new),
                Optional.ofNullable(max).map(BigDecimal::new));
    }
}
