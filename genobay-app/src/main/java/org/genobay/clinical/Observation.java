package org.genobay.clinical;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Entity
@Table(name = "clinical_observation")
class Observation extends ParticipantRecord {

    private String codeSystem;
    private String code;
    private String display;

    @Column(precision = 18, scale = 6)
    private BigDecimal numericValue;

    private String unit;
    private String textValue;
    private LocalDate effectiveOn;

    protected Observation() {}

    Observation(long institutionId, String studyId, NewObservation details, Instant at, String by) {
        super(institutionId, studyId, at, by);
        replace(details);
    }

    void replace(NewObservation details) {
        codeSystem = details.system();
        code = details.code();
        display = details.display();
        numericValue = details.value().orElse(null);
        unit = details.unit().orElse(null);
        textValue = details.text().orElse(null);
        effectiveOn = details.effectiveOn();
    }

    NewObservation details() {
        return new NewObservation(
                codeSystem,
                code,
                display,
                Optional.ofNullable(numericValue).map(BigDecimal::stripTrailingZeros),
                Optional.ofNullable(unit),
                Optional.ofNullable(textValue),
                effectiveOn);
    }
}
