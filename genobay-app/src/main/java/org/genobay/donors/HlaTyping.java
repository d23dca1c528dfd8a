package org.genobay.donors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One HLA typing of a donor or a unit; never changed, only superseded by a later one. */
@Entity
class HlaTyping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;
    private Long donorId;
    private Long unitId;
    private String gl;
    private String sourceLab;
    private String method;
    private LocalDate typedOn;
    private Instant recordedAt;
    private String recordedBy;

    protected HlaTyping() {}

    static HlaTyping ofDonor(Donor donor, String gl, TypingSource source, Instant at, String by) {
        HlaTyping typing = new HlaTyping(donor.institutionId(), gl, source, at, by);
        typing.donorId = donor.id();
        return typing;
    }

    static HlaTyping ofUnit(CordBloodUnit unit, String gl, TypingSource source, Instant at, String by) {
        HlaTyping typing = new HlaTyping(unit.institutionId(), gl, source, at, by);
        typing.unitId = unit.id();
        return typing;
    }

    private HlaTyping(long institutionId, String gl, TypingSource source, Instant at, String by) {
        this.institutionId = institutionId;
        this.gl = gl;
        this.sourceLab = source.lab().orElse(null);
        this.method = source.method().orElse(null);
        this.typedOn = source.typedOn().orElse(null);
        this.recordedAt = at;
        this.recordedBy = by;
    }

    Long id() {
        return id;
    }

    String gl() {
        return gl;
    }

    Optional<Long> donorId() {
        return Optional.ofNullable(donorId);
    }

    Optional<Long> unitId() {
        return Optional.ofNullable(unitId);
    }

    Instant recordedAt() {
        return recordedAt;
    }

    Donors.TypingView view() {
        return new Donors.TypingView(
                id,
                gl,
                Optional.ofNullable(sourceLab),
                Optional.ofNullable(method),
                Optional.ofNullable(typedOn),
                recordedAt,
                recordedBy);
    }
}
