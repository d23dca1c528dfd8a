package org.genobay.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.audit.AccessAudit;
import org.genobay.errors.ConflictException;
import org.genobay.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * China's human-genetic-resource rules as the platform applies them: an HGR dataset leaves its owner's country (to a
 * recipient abroad, or to an institution in another country) only under an approval/filing record attached to it and
 * in force that day; every release is recorded, in the release table and in the access log.
 */
@Service
@Transactional
class HgrRules {

    /** Filing dates are Chinese administrative dates: a filing is in force through its expiry day in Beijing. */
    static final ZoneId FILING_ZONE = ZoneId.of("Asia/Shanghai");

    static final String FILING_REQUIRED = "hgr-filing-required";

    private final Catalogue catalogue;
    private final HgrFilingRepository filings;
    private final ReleaseRepository releases;
    private final Accounts accounts;
    private final AccessAudit audit;
    private final Clock clock;

    HgrRules(
            Catalogue catalogue,
            HgrFilingRepository filings,
            ReleaseRepository releases,
            Accounts accounts,
            AccessAudit audit,
            Clock clock) {
        this.catalogue = catalogue;
        this.filings = filings;
        this.releases = releases;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), FILING_ZONE);
    }

    FilingView attach(long datasetId, NewFiling details, CurrentUser user) {
        Dataset dataset = catalogue.owned(datasetId, user, "attach HGR filings");
        if (filings.existsByDatasetIdAndNumber(datasetId, details.number())) {
            throw new ConflictException(
                    "duplicate", "filing " + details.number() + " is attached to dataset " + datasetId + " already");
        }
        HgrFiling filing = filings.save(new HgrFiling(dataset, details, clock.instant(), user.username()));
        audit.record(
                user,
                "HGR_FILING",
                SharingAudit.dataset(datasetId),
                "filing " + filing.id() + " no. " + details.number() + " " + details.issuedOn() + ".."
                        + details.expiresOn() + "; scope: " + details.scope());
        return filing.view(today(clock));
    }

    @Transactional(readOnly = true)
    List<FilingView> filings(CurrentUser user) {
        user.requireAnyRole("see HGR filings", Role.ADMINISTRATOR, Role.DAC_MEMBER);
        return filings.forInstitution(user.institutionId()).stream()
                .map(f -> f.view(today(clock)))
                .toList();
    }

    /** The filing of the dataset in force today that expires last. */
    Optional<HgrFiling> inForce(long datasetId) {
        LocalDate today = today(clock);
        return filings.findByDatasetIdOrderByExpiresOnDesc(datasetId).stream()
                .filter(f -> f.inForceOn(today))
                .findFirst();
    }

    /** Whether data of the owner's institution given to the recipient's leaves the owner's country. */
    boolean abroad(long ownerInstitutionId, long recipientInstitutionId) {
        return !country(ownerInstitutionId).equals(country(recipientInstitutionId));
    }

    String country(long institutionId) {
        return accounts.institution(institutionId)
                .orElseThrow(() -> new NotFoundException("institution", institutionId))
                .country();
    }

    /** An owner's release (export) of a dataset: refused for an HGR dataset abroad without a filing in force. */
    ReleaseView release(long datasetId, NewRelease details, CurrentUser user) {
        Dataset dataset = catalogue.owned(datasetId, user, "release datasets");
        String recipient = details.recipient();
        String country;
        if (details.recipientInstitutionId().isPresent()) {
            Accounts.InstitutionView to = accounts.institution(
                            details.recipientInstitutionId().get())
                    .orElseThrow(() -> new NotFoundException(
                            "institution", details.recipientInstitutionId().get()));
            recipient = recipient.isEmpty() ? to.name() + " (" + to.code() + ")" : recipient;
            country = to.country();
        } else {
            country = details.country().orElseThrow();
        }
        boolean abroad = !country.equals(country(dataset.institutionId()));
        Optional<HgrFiling> filing = Optional.empty();
        if (dataset.hgr() && abroad) {
            filing = Optional.of(details.filingId()
                    .map(id -> filings.findById(id)
                            .filter(f -> f.datasetId().equals(Optional.of(datasetId)))
                            .orElseThrow(() -> new NotFoundException("HGR filing of dataset " + datasetId, id)))
                    .or(() -> inForce(datasetId))
                    .filter(f -> f.inForceOn(today(clock)))
                    .orElseThrow(() -> filingRequired(dataset, "release it to " + country)));
        }
        Release saved = releases.save(new Release(
                datasetId,
                clock.instant(),
                user.username(),
                recipient,
                details.recipientInstitutionId(),
                country,
                abroad,
                details.purpose(),
                filing.map(HgrFiling::id),
                Optional.empty()));
        audit.record(
                user,
                "RELEASE_DATASET",
                SharingAudit.dataset(datasetId),
                "release " + saved.id() + " to " + recipient + " (" + country + ")"
                        + filing.map(f -> " under HGR filing " + f.number()).orElse("")
                        + "; why: " + details.purpose());
        return saved.view();
    }

    /** A grantee in another country reads records of an HGR dataset: a release, recorded as such. */
    void recordGrantRelease(Dataset dataset, Grant grant, HgrFiling filing, CurrentUser user, String why) {
        String country = country(user.institutionId());
        Release saved = releases.save(new Release(
                dataset.id(),
                clock.instant(),
                user.username(),
                user.username() + " of " + user.institutionName(),
                Optional.of(user.institutionId()),
                country,
                true,
                why,
                Optional.of(filing.id()),
                Optional.of(grant.id())));
        audit.record(
                user,
                "RELEASE_DATASET",
                SharingAudit.dataset(dataset.id()),
                "release " + saved.id() + " under grant " + grant.id() + " to " + country + " under HGR filing "
                        + filing.number() + "; why: " + why);
    }

    @Transactional(readOnly = true)
    List<ReleaseView> releases(long datasetId, CurrentUser user) {
        catalogue.owned(datasetId, user, "see the releases of datasets");
        return releases.findByDatasetIdOrderByIdDesc(datasetId).stream()
                .map(Release::view)
                .toList();
    }

    @Transactional(readOnly = true)
    List<FilingView> filingsOf(long datasetId, CurrentUser user) {
        catalogue.owned(datasetId, user, "see the HGR filings of datasets");
        return filings.findByDatasetIdOrderByExpiresOnDesc(datasetId).stream()
                .map(f -> f.view(today(clock)))
                .toList();
    }

    static ConflictException filingRequired(Dataset dataset, String what) {
        return new ConflictException(
                FILING_REQUIRED,
                "dataset " + dataset.id() + " holds human genetic resource information: to " + what
                        + " it needs an HGR approval/filing attached to it and in force today; none is");
    }
}
