package org.genobay.sharing;

import jakarta.persistence.Convert;
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
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.ConsentScope;
import org.genobay.errors.ConflictException;

/** A researcher's request for a dataset: pending until a member of the owner's committee approves or rejects it. */
@Entity
@Table(name = "sharing_request")
class AccessRequest {

    enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long datasetId;
    private long requesterAccountId;
    private String requesterUsername;
    private long requesterInstitutionId;
    private String purpose;

    @Convert(converter = Scopes.class)
    private Set<ConsentScope> scopes;

    private int durationDays;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant submittedAt;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionReason;

    @Version
    private long version;

    protected AccessRequest() {}

    AccessRequest(long datasetId, NewRequest details, CurrentUser requester, Instant at) {
        this.datasetId = datasetId;
        this.requesterAccountId = requester.accountId();
        this.requesterUsername = requester.username();
        this.requesterInstitutionId = requester.institutionId();
        this.purpose = details.purpose();
        this.scopes = Scopes.needed(details.scopes());
        this.durationDays = details.durationDays();
        this.status = Status.PENDING;
        this.submittedAt = at;
    }

    void decide(boolean approve, String reason, CurrentUser by, Instant at) {
        if (status != Status.PENDING) {
            throw new ConflictException(
                    "already-decided", "request " + id + " was " + status + " already by " + decidedBy);
        }
        status = approve ? Status.APPROVED : Status.REJECTED;
        decisionReason = reason;
        decidedBy = by.username();
        decidedAt = at;
    }

    long id() {
        return id;
    }

    long datasetId() {
        return datasetId;
    }

    long requesterAccountId() {
        return requesterAccountId;
    }

    String requesterUsername() {
        return requesterUsername;
    }

    long requesterInstitutionId() {
        return requesterInstitutionId;
    }

    String purpose() {
        return purpose;
    }

    Set<ConsentScope> scopes() {
        return scopes;
    }

    int durationDays() {
        return durationDays;
    }

    Status status() {
        return status;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    Optional<String> decisionReason() {
        return Optional.ofNullable(decisionReason);
    }
}
