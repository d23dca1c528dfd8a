package org.genobay.donors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.genobay.biobank.Sex;

/** A registry donor of one institution; the HLA typings are {@link HlaTyping} rows, the latest current. */
@Entity
class Donor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;
    private String registryId;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private Integer birthYear;
    private String abo;
    private String cmv;

    @Enumerated(EnumType.STRING)
    private DonorStatus status;

    private LocalDate unavailableUntil;
    private Instant changedAt;
    private String changedBy;

    @Version
    private long version;

    protected Donor() {}

    Donor(long institutionId, String registryId, DonorDetails details, Instant at, String by) {
        this.institutionId = institutionId;
        this.registryId = registryId;
        update(details, at, by);
    }

    void update(DonorDetails details, Instant at, String by) {
        this.sex = details.sex();
        this.birthYear = details.birthYear().orElse(null);
        this.abo = details.abo().orElse(null);
        this.cmv = details.cmv().orElse(null);
        this.status = details.status();
        this.unavailableUntil = details.unavailableUntil().orElse(null);
        this.changedAt = at;
        this.changedBy = by;
    }

    Long id() {
        return id;
    }

    long institutionId() {
        return institutionId;
    }

    String registryId() {
        return registryId;
    }

    DonorDetails details() {
        return new DonorDetails(
                sex,
                Optional.ofNullable(birthYear),
                Optional.ofNullable(abo),
                Optional.ofNullable(cmv),
                status,
                Optional.ofNullable(unavailableUntil));
    }

    DonorStatus status() {
        return status;
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
