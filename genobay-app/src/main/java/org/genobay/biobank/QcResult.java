package org.genobay.biobank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** One quality-control measurement of a specimen and whether it met its type's rule. */
@Entity
class QcResult {

    enum Outcome {
        PASS,
        FAIL,
        NO_RULE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long specimenId;

    @Enumerated(EnumType.STRING)
    private QcMeasure measure;

    @Column(name = "measured_value", precision = 12, scale = 3)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String acceptedRange;
    private Instant recordedAt;
    private String recordedBy;

    protected QcResult() {}

    QcResult(
            long specimenId,
            QcMeasure measure,
            BigDecimal value,
            Outcome outcome,
            String acceptedRange,
            Instant at,
            String by) {
        this.specimenId = specimenId;
        this.measure = measure;
        this.value = value;
        this.outcome = outcome;
        this.acceptedRange = acceptedRange;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    QualityControl.ResultView view() {
        return new QualityControl.ResultView(
                measure, value, measure.unit(), outcome.name(), acceptedRange, recordedAt, recordedBy);
    }
}
