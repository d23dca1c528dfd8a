package org.genobay.sharing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A dataset of the catalogue: what it is, who owns it, who may see how much of it. */
@Entity
@Table(name = "sharing_dataset")
class Dataset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;
    private Long projectId;
    private String name;
    private String description;

    @Enumerated(EnumType.STRING)
    private DatasetKind kind;

    private Long omicsDatasetId;

    @Enumerated(EnumType.STRING)
    private SecurityLevel securityLevel;

    private boolean hgr;
    private Instant createdAt;
    private String createdBy;
    private Instant changedAt;
    private String changedBy;

    @Version
    private long version;

    protected Dataset() {}

    Dataset(long institutionId, NewDataset details, Instant at, String by) {
        this.institutionId = institutionId;
        this.name = details.name();
        this.kind = details.kind();
        this.omicsDatasetId = details.omicsDatasetId().orElse(null);
        this.createdAt = at;
        this.createdBy = by;
        change(details.description(), details.securityLevel(), details.hgr(), details.projectId(), at, by);
    }

    void change(String description, SecurityLevel level, boolean hgr, Optional<Long> projectId, Instant at, String by) {
        this.description = description;
        this.securityLevel = level;
        this.hgr = hgr;
        this.projectId = projectId.orElse(null);
        this.changedAt = at;
        this.changedBy = by;
    }

    long id() {
        return id;
    }

    long institutionId() {
        return institutionId;
    }

    Optional<Long> projectId() {
        return Optional.ofNullable(projectId);
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    DatasetKind kind() {
        return kind;
    }

    Optional<Long> omicsDatasetId() {
        return Optional.ofNullable(omicsDatasetId);
    }

    SecurityLevel securityLevel() {
        return securityLevel;
    }

    boolean hgr() {
        return hgr;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }
}
