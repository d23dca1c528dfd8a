package org.genobay.sharing;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.genobay.biobank.ConsentScope;
import org.genobay.errors.ConflictException;

/** Record access to one dataset for one account, from its approval until it expires or is revoked. */
@Entity
@Table(name = "sharing_grant")
class Grant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long requestId;
    private long datasetId;
    private long granteeAccountId;
    private String granteeUsername;
    private long granteeInstitutionId;

    @Convert(converter = Scopes.class)
    private Set<ConsentScope> scopes;

    private Instant grantedAt;
    private String grantedBy;
    private Instant expiresAt;
    private Instant revokedAt;
    private String revokedBy;
    private String revokeReason;

    @Version
    private long version;

    protected Grant() {}

    Grant(AccessRequest request, Instant at, String by) {
        this.requestId = request.id();
        this.datasetId = request.datasetId();
        this.granteeAccountId = request.requesterAccountId();
        this.granteeUsername = request.requesterUsername();
        this.granteeInstitutionId = request.requesterInstitutionId();
        this.scopes = request.scopes();
        this.grantedAt = at;
        this.grantedBy = by;
        this.expiresAt = at.plus(Duration.ofDays(request.durationDays()));
    }

    /** Whether it gives access at this instant: not revoked, not yet expired. */
    boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(String reason, String by, Instant at) {
        if (revokedAt != null) {
            throw new ConflictException("already-revoked", "grant " + id + " was revoked already by " + revokedBy);
        }
        revokedAt = at;
        revokedBy = by;
        revokeReason = reason;
    }

    GrantView view(SharedDataset dataset, Instant now) {
        String state = revokedAt != null ? "REVOKED" : activeAt(now) ? "ACTIVE" : "EXPIRED";
        return new GrantView(
                id,
                requestId,
                dataset,
                granteeUsername,
                granteeInstitutionId,
                scopes.stream().sorted().toList(),
                grantedAt,
                grantedBy,
                expiresAt,
                state,
                Optional.ofNullable(revokedAt),
                Optional.ofNullable(revokedBy),
                Optional.ofNullable(revokeReason));
    }

    long id() {
        return id;
    }

    long datasetId() {
        return datasetId;
    }

    long granteeAccountId() {
        return granteeAccountId;
    }

    long granteeInstitutionId() {
        return granteeInstitutionId;
    }

    Set<ConsentScope> scopes() {
        return scopes;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
