package org.genobay.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.audit.AccessAudit;
import org.genobay.biobank.Participants;
import org.genobay.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one question other modules (Beacon, cohort builder) ask before they answer from a shared dataset: how much may
 * this user see ({@link #access}), and, for records, which participants ({@link #reach}).
 *
 * <ul>
 *   <li>the owning institution's members: {@link Granularity#RECORD} (their own records, as everywhere else);
 *   <li>a user with an active grant: RECORD, limited to participants whose consent covers the grant's scopes; for an
 *       HGR dataset and a user in another country only while an HGR filing of the dataset is in force;
 *   <li>anyone else by the security level: PUBLIC gives COUNT to anyone, REGISTERED COUNT to signed-in users,
 *       CONTROLLED BOOLEAN to signed-in users; anonymous users get NONE for the last two.
 * </ul>
 *
 * Counts are the caller's to protect further (small-count rules); this service only says which level is allowed.
 */
@Service
@Transactional
public class DataAccess {

    private final Catalogue catalogue;
    private final GrantRepository grants;
    private final HgrRules hgr;
    private final Participants participants;
    private final AccessAudit audit;
    private final Clock clock;

    DataAccess(
            Catalogue catalogue,
            GrantRepository grants,
            HgrRules hgr,
            Participants participants,
            AccessAudit audit,
            Clock clock) {
        this.catalogue = catalogue;
        this.grants = grants;
        this.hgr = hgr;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * How much the user (empty: an anonymous caller) may learn from the dataset now. Reads only, records nothing.
     *
     * @throws NotFoundException when no dataset has the id
     */
    @Transactional(readOnly = true)
    public Access access(Optional<CurrentUser> user, long datasetId) {
        Dataset dataset = catalogue.find(datasetId);
        return access(user, dataset, catalogue.view(dataset));
    }

    /** Every dataset of the catalogue with what the user may learn from it, NONE included; newest first. */
    @Transactional(readOnly = true)
    public List<Access> access(Optional<CurrentUser> user) {
        return catalogue.datasets().stream()
                .map(view -> access(user, catalogue.find(view.id()), view))
                .toList();
    }

    /**
     * The participants this use of the dataset's records may reach, recorded in the access log (and, for a grantee
     * abroad on an HGR dataset, as a release) within the caller's transaction, which must not be read-only. Call it
     * once per query that shows or counts records, with why the records are read (e.g. "beacon individuals query").
     *
     * @throws NotFoundException when the user may not see records of the dataset, worded as for an unknown id, so
     *     that guessing ids teaches nothing
     */
    public Reach reach(CurrentUser user, long datasetId, String why) {
        String reason = Texts.required("why", why, 1, 200);
        Dataset dataset = catalogue.find(datasetId);
        Access access = access(Optional.of(user), dataset, catalogue.view(dataset));
        if (access.granularity() != Granularity.RECORD) {
            throw new NotFoundException("dataset", datasetId);
        }
        if (access.basis() == Access.Basis.OWNER) {
            List<Participants.ConsentingParticipant> found =
                    participants.consentingTo(dataset.institutionId(), Set.of());
            audit.record(
                    user,
                    "READ_SHARED_DATASET",
                    SharingAudit.dataset(datasetId),
                    "own dataset, " + found.size() + " participants; why: " + reason);
            return new Reach(datasetId, Access.Basis.OWNER, Optional.empty(), Set.of(), found);
        }
        Grant grant = grants.findById(access.grantId().orElseThrow()).orElseThrow();
        List<Participants.ConsentingParticipant> found =
                participants.consentingTo(dataset.institutionId(), grant.scopes());
        audit.record(
                user,
                "USE_GRANT",
                SharingAudit.dataset(datasetId),
                "grant " + grant.id() + ", " + found.size() + " participants; why: " + reason);
        if (dataset.hgr() && hgr.abroad(dataset.institutionId(), user.institutionId())) {
            hgr.recordGrantRelease(dataset, grant, hgr.inForce(datasetId).orElseThrow(), user, reason);
        }
        return new Reach(datasetId, Access.Basis.GRANT, Optional.of(grant.id()), grant.scopes(), found);
    }

    private Access access(Optional<CurrentUser> user, Dataset dataset, SharedDataset view) {
        if (user.isPresent()) {
            CurrentUser who = user.get();
            if (who.institutionId() == dataset.institutionId()) {
                return new Access(view, Granularity.RECORD, Access.Basis.OWNER, Optional.empty(), Optional.empty());
            }
            Instant now = clock.instant();
            Optional<Grant> grant = AccessRequests.newestActive(
                    grants.findByGranteeAccountIdAndDatasetId(who.accountId(), dataset.id()), now);
            boolean hgrBlocked = dataset.hgr()
                    && grant.isPresent()
                    && hgr.abroad(dataset.institutionId(), who.institutionId())
                    && hgr.inForce(dataset.id()).isEmpty();
            if (grant.isPresent() && !hgrBlocked) {
                return new Access(
                        view,
                        Granularity.RECORD,
                        Access.Basis.GRANT,
                        Optional.of(grant.get().id()),
                        Optional.of(grant.get().expiresAt()));
            }
        }
        Granularity byLevel =
                switch (dataset.securityLevel()) {
                    case PUBLIC -> Granularity.COUNT;
                    case REGISTERED -> user.isPresent() ? Granularity.COUNT : Granularity.NONE;
                    case CONTROLLED -> user.isPresent() ? Granularity.BOOLEAN : Granularity.NONE;
                };
        return new Access(view, byLevel, Access.Basis.SECURITY_LEVEL, Optional.empty(), Optional.empty());
    }
}
