package org.genobay.biobank;

import org.genobay.accounts.CurrentUser;
import org.genobay.errors.ConflictException;
import org.genobay.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a shipment does to the specimens it carries, for the shipments module: packing reserves a specimen, dispatch
 * ships it, and the receipt either brings it under the receiving institution or records what went wrong. The
 * participant stays with the sender: the receiver knows the specimen's donor only by the pseudonymized study ID.
 * Every step writes the chain of custody in the caller's transaction.
 */
@Service
@Transactional
public class SpecimenTransfers {

    private final SpecimenRepository specimens;
    private final Specimens specimenService;
    private final Custody custody;

    SpecimenTransfers(SpecimenRepository specimens, Specimens specimenService, Custody custody) {
        this.specimens = specimens;
        this.specimenService = specimenService;
        this.custody = custody;
    }

    /**
     * Reserves one of the sender's specimens for a shipment: it must be AVAILABLE (not reserved for something else,
     * consumed, shipped or disposed) and not flagged by a consent withdrawal, which allows only disposal.
     */
    public Specimens.SpecimenView pack(String code, String shipment, String receiver, CurrentUser sender) {
        BiobankRoles.requireWrite(sender, "ship specimens");
        Specimen specimen = specimenService.find(code, sender);
        Specimens.requireUsable(specimen, "ship");
        specimenService.changeStatus(
                specimen,
                SpecimenStatus.RESERVED,
                CustodyEvent.Kind.STATUS_CHANGED,
                "packed in shipment " + shipment + " to " + receiver,
                sender);
        return specimenService.view(specimen);
    }

    /** Releases a specimen of a cancelled shipment; one that someone has meanwhile taken out of reserve stays as is. */
    public void unpack(String code, String shipment, CurrentUser sender) {
        BiobankRoles.requireWrite(sender, "cancel shipments");
        Specimen specimen = specimenService.find(code, sender);
        if (specimen.status() == SpecimenStatus.RESERVED) {
            specimenService.changeStatus(
                    specimen,
                    SpecimenStatus.AVAILABLE,
                    CustodyEvent.Kind.STATUS_CHANGED,
                    "shipment " + shipment + " cancelled",
                    sender);
        }
    }

    /** Ships a packed specimen: it must still be reserved and usable; it leaves its box. */
    public void dispatch(String code, String shipment, String receiver, String transport, CurrentUser sender) {
        BiobankRoles.requireWrite(sender, "dispatch shipments");
        Specimen specimen = specimenService.find(code, sender);
        if (specimen.consentWithdrawn()) {
            throw new ConflictException(
                    "consent-withdrawn",
                    "specimen " + code + " may not be shipped: its participant withdrew consent since it was packed;"
                            + " cancel the shipment and pack it again without it");
        }
        if (specimen.status() != SpecimenStatus.RESERVED) {
            throw new ConflictException(
                    "invalid-status",
                    "specimen " + code + " is " + specimen.status() + ", no longer reserved for shipment " + shipment
                            + "; cancel the shipment and pack it again");
        }
        specimenService.changeStatus(
                specimen,
                SpecimenStatus.SHIPPED,
                CustodyEvent.Kind.DISPATCHED,
                "dispatched in shipment " + shipment + " to " + receiver + transport,
                sender);
    }

    /**
     * The receiver accepts a shipped specimen of the sender's: it comes under the receiver, AVAILABLE there, and the
     * sender no longer sees or changes it (the shipment record keeps what was sent).
     */
    public Specimens.SpecimenView accept(
            String code, long senderInstitutionId, String shipment, String detail, CurrentUser receiver) {
        BiobankRoles.requireWrite(receiver, "receive shipments");
        Specimen specimen = shipped(code, senderInstitutionId, shipment);
        specimen.transferTo(receiver.institutionId());
        custody.record(
                specimen,
                CustodyEvent.Kind.RECEIVED,
                "received in shipment " + shipment + detail + "; now held by " + receiver.institutionName(),
                receiver);
        return specimenService.saved(specimen);
    }

    /** The receiver reports a shipped specimen damaged or missing: it stays the sender's, SHIPPED, with the event. */
    public void reportProblem(
            String code, long senderInstitutionId, String shipment, String problem, CurrentUser receiver) {
        BiobankRoles.requireWrite(receiver, "receive shipments");
        Specimen specimen = shipped(code, senderInstitutionId, shipment);
        custody.record(
                specimen,
                CustodyEvent.Kind.RECEIPT_PROBLEM,
                problem + " on receipt of shipment " + shipment,
                receiver,
                "shipment " + shipment + " at " + receiver.institutionName());
    }

    private Specimen shipped(String code, long senderInstitutionId, String shipment) {
        Specimen specimen = specimens
                .findByCodeAndInstitutionId(code, senderInstitutionId)
                .orElseThrow(() -> new NotFoundException("specimen", code));
        if (specimen.status() != SpecimenStatus.SHIPPED) {
            throw new ConflictException(
                    "invalid-status",
                    "specimen " + code + " is " + specimen.status() + ", not SHIPPED in shipment " + shipment);
        }
        return specimen;
    }
}
