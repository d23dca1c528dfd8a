package org.genobay.donors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A banked cord-blood unit of one institution; its HLA typings are {@link HlaTyping} rows, the latest current. */
@Entity
class CordBloodUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;
    private String unitId;
    private String specimenCode;
    private LocalDate collectedOn;
    private BigDecimal volumeMl;
    private BigDecimal tnc;
    private BigDecimal cd34;
    private BigDecimal viability;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cord_blood_unit_test", joinColumns = @JoinColumn(name = "unit_id"))
    @MapKeyColumn(name = "test")
    @Column(name = "result")
    private Map<String, String> tests = new HashMap<>();

    @Enumerated(EnumType.STRING)
    private UnitStatus status;

    private Instant changedAt;
    private String changedBy;

    @Version
    private long version;

    protected CordBloodUnit() {}

    CordBloodUnit(long institutionId, String unitId, UnitDetails details, Instant at, String by) {
        this.institutionId = institutionId;
        this.unitId = unitId;
        update(details, at, by);
    }

    void update(UnitDetails details, Instant at, String by) {
        this.specimenCode = details.specimen().orElse(null);
        this.collectedOn = details.collectedOn().orElse(null);
        this.volumeMl = details.volumeMl();
        this.tnc = details.tnc();
        this.cd34 = details.cd34();
        this.viability = details.viability().orElse(null);
        this.tests.clear();
        this.tests.putAll(details.tests());
        this.status = details.status();
        this.changedAt = at;
        this.changedBy = by;
    }

    Long id() {
        return id;
    }

    long institutionId() {
        return institutionId;
    }

    String unitId() {
        return unitId;
    }

    UnitStatus status() {
        return status;
    }

    BigDecimal tnc() {
        return tnc;
    }

    BigDecimal cd34() {
        return cd34;
    }

    UnitDetails details() {
        return new UnitDetails(
                Optional.ofNullable(specimenCode),
                Optional.ofNullable(collectedOn),
                volumeMl,
                tnc,
                cd34,
                Optional.ofNullable(viability),
                tests,
                status);
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }

    long version() {
        return version;
    }
}
