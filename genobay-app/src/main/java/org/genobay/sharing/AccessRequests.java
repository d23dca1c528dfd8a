package org.genobay.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.audit.AccessAudit;
import org.genobay.errors.ConflictException;
import org.genobay.errors.ForbiddenException;
import org.genobay.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data access requests and grants: a researcher asks, a data access committee member of the owning institution
 * decides (never on their own request), approval creates a grant that expires, and the committee may revoke it.
 * Requests and grants are seen only by the requester and the owner's committee and administrators; to anyone else
 * they read as not found.
 */
@Service
@Transactional
class AccessRequests {

    private final AccessRequestRepository requests;
    private final GrantRepository grants;
    private final Catalogue catalogue;
    private final HgrRules hgr;
    private final AccessAudit audit;
    private final Clock clock;

    AccessRequests(
            AccessRequestRepository requests,
            GrantRepository grants,
            Catalogue catalogue,
            HgrRules hgr,
            AccessAudit audit,
            Clock clock) {
        this.requests = requests;
        this.grants = grants;
        this.catalogue = catalogue;
        this.hgr = hgr;
        this.audit = audit;
        this.clock = clock;
    }

    RequestView submit(long datasetId, NewRequest details, CurrentUser user) {
        user.requireAnyRole("request access to datasets", Role.RESEARCHER);
        Dataset dataset = catalogue.find(datasetId);
        if (dataset.institutionId() == user.institutionId()) {
            throw new ConflictException(
                    "own-dataset",
                    "dataset " + datasetId + " belongs to your institution, which sees its records without a grant");
        }
        if (requests.existsByRequesterAccountIdAndDatasetIdAndStatus(
                user.accountId(), datasetId, AccessRequest.Status.PENDING)) {
            throw new ConflictException(
                    "duplicate", "you have a pending request for dataset " + datasetId + " already");
        }
        AccessRequest request = requests.save(new AccessRequest(datasetId, details, user, clock.instant()));
        audit.record(
                user,
                "REQUEST_ACCESS",
                SharingAudit.dataset(datasetId),
                "request " + request.id() + " scopes " + sorted(request) + " for " + details.durationDays()
                        + " days; why: " + details.purpose());
        return view(request);
    }

    @Transactional(readOnly = true)
    List<RequestView> mine(CurrentUser user) {
        return requests.findByRequesterAccountIdOrderByIdDesc(user.accountId()).stream()
                .map(this::view)
                .toList();
    }

    /** The pending requests for the datasets of the user's institution. */
    @Transactional(readOnly = true)
    List<RequestView> queue(CurrentUser user) {
        user.requireAnyRole("see the data access committee's queue", Role.DAC_MEMBER, Role.ADMINISTRATOR);
        return requests.forInstitution(user.institutionId(), AccessRequest.Status.PENDING).stream()
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    RequestView request(long id, CurrentUser user) {
        AccessRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("access request", id));
        boolean requester = request.requesterAccountId() == user.accountId();
        boolean committee = catalogue.find(request.datasetId()).institutionId() == user.institutionId()
                && user.hasAnyRole(Role.DAC_MEMBER, Role.ADMINISTRATOR);
        if (!requester && !committee) {
            throw new NotFoundException("access request", id);
        }
        return view(request);
    }

    RequestView approve(long id, String reason, CurrentUser user) {
        return decide(id, true, Texts.optional("reason", reason, 2000), user);
    }

    RequestView reject(long id, String reason, CurrentUser user) {
        return decide(id, false, Texts.required("reason", reason, 5, 2000), user);
    }

    private RequestView decide(long id, boolean approve, String reason, CurrentUser user) {
        user.requireAnyRole("decide on data access requests", Role.DAC_MEMBER);
        AccessRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("access request", id));
        Dataset dataset = catalogue.find(request.datasetId());
        if (dataset.institutionId() != user.institutionId()) {
            // Only the owner's committee decides; to everyone else the request does not exist.
            throw new NotFoundException("access request", id);
        }
        if (request.requesterAccountId() == user.accountId()) {
            throw new ForbiddenException("no one decides on their own request; another committee member must");
        }
        Instant now = clock.instant();
        if (approve
                && dataset.hgr()
                && hgr.abroad(dataset.institutionId(), request.requesterInstitutionId())
                && hgr.inForce(dataset.id()).isEmpty()) {
            throw HgrRules.filingRequired(
                    dataset,
                    "grant it to a researcher of an institution in " + hgr.country(request.requesterInstitutionId()));
        }
        request.decide(approve, reason, user, now);
        String why = reason.isEmpty() ? "purpose: " + request.purpose() : reason;
        if (approve) {
            Grant grant = grants.save(new Grant(request, now, user.username()));
            audit.record(
                    user,
                    "APPROVE_ACCESS",
                    SharingAudit.dataset(dataset.id()),
                    "request " + id + " grant " + grant.id() + " to " + request.requesterUsername() + " until "
                            + grant.expiresAt() + "; why: " + why);
        } else {
            audit.record(
                    user,
                    "REJECT_ACCESS",
                    SharingAudit.dataset(dataset.id()),
                    "request " + id + " of " + request.requesterUsername() + "; why: " + why);
        }
        requests.flush();
        return view(request);
    }

    GrantView revoke(long grantId, String reason, CurrentUser user) {
        user.requireAnyRole("revoke grants", Role.DAC_MEMBER, Role.ADMINISTRATOR);
        String why = Texts.required("reason", reason, 5, 2000);
        Grant grant = grants.findById(grantId).orElseThrow(() -> new NotFoundException("grant", grantId));
        Dataset dataset = catalogue.find(grant.datasetId());
        if (dataset.institutionId() != user.institutionId()) {
            throw new NotFoundException("grant", grantId);
        }
        Instant now = clock.instant();
        grant.revoke(why, user.username(), now);
        audit.record(user, "REVOKE_GRANT", SharingAudit.dataset(dataset.id()), "grant " + grantId + "; why: " + why);
        grants.flush();
        return grant.view(catalogue.view(dataset), now);
    }

    @Transactional(readOnly = true)
    List<GrantView> myGrants(CurrentUser user) {
        Instant now = clock.instant();
        return grants.findByGranteeAccountIdOrderByIdDesc(user.accountId()).stream()
                .map(g -> g.view(catalogue.dataset(g.datasetId()), now))
                .toList();
    }

    /** The grants given on the datasets of the user's institution. */
    @Transactional(readOnly = true)
    List<GrantView> given(CurrentUser user) {
        user.requireAnyRole("see the grants on your datasets", Role.DAC_MEMBER, Role.ADMINISTRATOR);
        Instant now = clock.instant();
        return grants.forInstitution(user.institutionId()).stream()
                .map(g -> g.view(catalogue.dataset(g.datasetId()), now))
                .toList();
    }

    private RequestView view(AccessRequest r) {
        return new RequestView(
                r.id(),
                catalogue.dataset(r.datasetId()),
                r.requesterUsername(),
                catalogue.owner(r.requesterInstitutionId()),
                r.purpose(),
                sorted(r),
                r.durationDays(),
                r.status().name(),
                r.submittedAt(),
                r.decidedAt(),
                r.decidedBy(),
                r.decisionReason(),
                grants.findByRequestId(r.id()).map(Grant::id));
    }

    private static List<org.genobay.biobank.ConsentScope> sorted(AccessRequest r) {
        return r.scopes().stream().sorted().toList();
    }

    static Optional<Grant> newestActive(List<Grant> grants, Instant now) {
        return grants.stream().filter(g -> g.activeAt(now)).max(java.util.Comparator.comparing(Grant::expiresAt));
    }
}
