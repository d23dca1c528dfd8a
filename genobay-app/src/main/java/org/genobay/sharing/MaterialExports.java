package org.genobay.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.audit.AccessAudit;
import org.genobay.errors.ConflictException;
import org.genobay.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * HGR rules for human genetic resource material: specimens that leave their institution's country (a shipment to an
 * institution in another country) are an export, allowed only under a material export filing of the sending
 * institution in force that day, and every such export is recorded as a release, in the release table and in the
 * access log.
 */
@Service
@Transactional
public class MaterialExports {

    private final HgrFilingRepository filings;
    private final ReleaseRepository releases;
    private final HgrRules rules;
    private final Accounts accounts;
    private final AccessAudit audit;
    private final Clock clock;

    MaterialExports(
            HgrFilingRepository filings,
            ReleaseRepository releases,
            HgrRules rules,
            Accounts accounts,
            AccessAudit audit,
            Clock clock) {
        this.filings = filings;
        this.releases = releases;
        this.rules = rules;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A material export filing of an institution; {@code inForce} today (China Standard Time). */
    public record ExportFiling(
            long id,
            String number,
            String scope,
            LocalDate issuedOn,
            LocalDate expiresOn,
            boolean inForce,
            Instant recordedAt,
            String recordedBy) {}

    /** Specimens about to leave their institution in a shipment: its code, where it goes, how many specimens. */
    public record SpecimenDispatch(String shipmentCode, long receiverInstitutionId, int specimens) {}

    ExportFiling attach(NewFiling details, CurrentUser user) {
        user.requireAnyRole("attach HGR filings for material export", Role.ADMINISTRATOR);
        if (filings.existsByInstitutionIdAndCoversAndNumber(
                user.institutionId(), HgrFiling.Covers.MATERIAL_EXPORT, details.number())) {
            throw new ConflictException(
                    "duplicate", "material export filing " + details.number() + " is recorded already");
        }
        HgrFiling filing =
                filings.save(HgrFiling.materialExport(user.institutionId(), details, clock.instant(), user.username()));
        audit.record(
                user,
                "HGR_FILING",
                subject(user.institutionId()),
                "filing " + filing.id() + " no. " + details.number() + " " + details.issuedOn() + ".."
                        + details.expiresOn() + " for material export; scope: " + details.scope());
        return filing.exportView(HgrRules.today(clock));
    }

    @Transactional(readOnly = true)
    List<ExportFiling> filings(CurrentUser user) {
        user.requireAnyRole("see HGR filings", Role.ADMINISTRATOR, Role.DAC_MEMBER, Role.BIOBANK_STAFF);
        LocalDate today = HgrRules.today(clock);
        return filings
                .findByInstitutionIdAndCoversOrderByExpiresOnDesc(
                        user.institutionId(), HgrFiling.Covers.MATERIAL_EXPORT)
                .stream()
                .map(f -> f.exportView(today))
                .toList();
    }

    /**
     * Allows the dispatch of the user's institution's specimens, in the caller's transaction: within the country it
     * records nothing; abroad it needs a material export filing in force today, records the release under it and
     * returns the filing's number, or refuses with {@code hgr-filing-required}, and the caller's transaction, with
     * the dispatch, rolls back. Checks no role: the caller (the shipment's dispatch) has.
     *
     * @return the number of the filing the export is made under; empty for a dispatch within the country
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> authorizeDispatch(SpecimenDispatch dispatch, CurrentUser user) {
        long sender = user.institutionId();
        if (!rules.abroad(sender, dispatch.receiverInstitutionId())) {
            return Optional.empty();
        }
        Accounts.InstitutionView to = accounts.institution(dispatch.receiverInstitutionId())
                .orElseThrow(() -> new NotFoundException("institution", dispatch.receiverInstitutionId()));
        LocalDate today = HgrRules.today(clock);
        List<HgrFiling> held =
                filings.findByInstitutionIdAndCoversOrderByExpiresOnDesc(sender, HgrFiling.Covers.MATERIAL_EXPORT);
        HgrFiling filing = held.stream()
                .filter(f -> f.inForceOn(today))
                .findFirst()
                .orElseThrow(() -> filingRequired(dispatch, to, rules.country(sender), held, today));
        String recipient = to.name() + " (" + to.code() + ")";
        String purpose = "specimen export: " + dispatch.specimens() + " specimens";
        Release saved = releases.save(Release.ofShipment(
                dispatch.shipmentCode(),
                clock.instant(),
                user.username(),
                recipient,
                to.id(),
                to.country(),
                purpose,
                filing.id()));
        audit.record(
                user,
                "RELEASE_MATERIAL",
                subject(sender),
                "release " + saved.id() + " of shipment " + dispatch.shipmentCode() + " (" + dispatch.specimens()
                        + " specimens) to " + recipient + " (" + to.country() + ") under HGR filing "
                        + filing.number() + "; why: specimen export");
        return Optional.of(filing.number());
    }

    /** The access-log subject of an institution's material export filings and releases. */
    static String subject(long institutionId) {
        return "hgr-material:" + institutionId;
    }

    private static ConflictException filingRequired(
            SpecimenDispatch dispatch,
            Accounts.InstitutionView to,
            String from,
            List<HgrFiling> held,
            LocalDate today) {
        String latest = held.stream()
                .findFirst()
                .map(f -> f.expiresOn().isBefore(today)
                        ? " (filing " + f.number() + " expired on " + f.expiresOn() + ")"
                        : " (filing " + f.number() + " is in force only from " + f.issuedOn() + ")")
                .orElse("");
        return new ConflictException(
                HgrRules.FILING_REQUIRED,
                "shipment " + dispatch.shipmentCode() + " takes specimens (human genetic resource material) from "
                        + from + " to " + to.name() + " in " + to.country()
                        + ": that is an export, which needs an HGR filing for material export of your institution in"
                        + " force today; none is" + latest + ". Record the filing first (POST"
                        + " /api/sharing/material-export-filings), then dispatch again");
    }
}
