package org.genobay.biobank;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collects specimens, splits them into aliquots and derivatives, edits them and moves them through their statuses. */
@Service
@Transactional
public class Specimens {

    private final SpecimenRepository specimens;
    private final ParticipantRepository participants;
    private final Participants participantService;
    private final Protocols protocols;
    private final Custody custody;
    private final Clock clock;

    Specimens(
            SpecimenRepository specimens,
            ParticipantRepository participants,
            Participants participantService,
            Protocols protocols,
            Custody custody,
            Clock clock) {
        this.specimens = specimens;
        this.participants = participants;
        this.participantService = participantService;
        this.protocols = protocols;
        this.custody = custody;
        this.clock = clock;
    }

    public record SpecimenView(
            String code,
            String participant,
            Optional<String> parent,
            String kind,
            SpecimenType type,
            Quantity quantity,
            Quantity initialQuantity,
            Instant collectedAt,
            String collectionSite,
            Optional<String> protocol,
            Optional<String> notes,
            SpecimenStatus status,
            boolean consentWithdrawn,
            Optional<Location> location,
            long version) {}

    public record Location(long boxId, String position, String path) {}

    /** A specimen with its children, for a participant's specimen tree. */
    public record SpecimenNode(SpecimenView specimen, List<SpecimenNode> children) {}

    /**
     * Study IDs of an institution's participants that have an AVAILABLE specimen of the type (not flagged by a consent
     * withdrawal). For the cohort builder, which decides through data sharing who may count them and records that use;
     * this method checks no role and logs nothing itself, so it must be called only behind such a decision.
     */
    @Transactional(readOnly = true)
    public Set<String> withAvailableSpecimen(long institutionId, SpecimenType type) {
        return Set.copyOf(specimens.studyIdsWithSpecimen(institutionId, type, SpecimenStatus.AVAILABLE));
    }

    public SpecimenView collect(NewSpecimen details, CurrentUser user) {
        BiobankRoles.requireWrite(user, "record specimens");
        Participant participant = participantService.find(details.studyId(), user);
        if (participant.withdrawn()) {
            throw new ConflictException(
                    "consent-withdrawn",
                    "participant " + participant.studyId() + " has withdrawn consent for research use");
        }
        Optional<CollectionProtocol> protocol =
                details.protocol().map(code -> protocols.requireFor(code, details.type(), participant, user));
        Specimen specimen = specimens.save(new Specimen(
                newCode(),
                user.institutionId(),
                participant.id(),
                Optional.empty(),
                details.type(),
                details.quantity(),
                details.collectedAt(),
                details.collectionSite(),
                details.notes(),
                clock.instant(),
                user.username()));
        protocol.ifPresent(p -> specimen.collectUnder(p.id()));
        custody.record(
                specimen,
                CustodyEvent.Kind.COLLECTED,
                details.quantity() + " " + details.type() + " collected at " + details.collectionSite()
                        + protocol.map(p -> " under protocol " + p.code()).orElse(""),
                user);
        return saved(specimen);
    }

    /** Takes material from a specimen into a new child; fails, changing nothing, when the parent has too little left. */
    public SpecimenView derive(String parentCode, NewDerivative details, CurrentUser user) {
        BiobankRoles.requireWrite(user, "aliquot specimens");
        Specimen parent = find(parentCode, user);
        requireUsable(parent, "take material from");
        SpecimenType type = details.type().orElse(parent.type());
        Quantity taken = details.taken().orElseGet(() -> {
            if (!details.quantity().unit().convertsTo(parent.quantity().unit())) {
                throw new InvalidInputException(
                        "takenQuantity",
                        "say how much of " + parentCode + " (in "
                                + parent.quantity().unit().symbol()
                                + ") the new specimen uses: its quantity is in another dimension");
            }
            return details.quantity();
        });
        if (parent.quantity().isLessThan(taken)) {
            throw new ConflictException(
                    "insufficient-quantity",
                    "specimen " + parentCode + " has " + parent.quantity() + " left; the new specimen needs " + taken);
        }
        parent.take(taken);
        Specimen child = specimens.save(new Specimen(
                newCode(),
                user.institutionId(),
                parent.participantId(),
                Optional.of(parent),
                type,
                details.quantity(),
                parent.collectedAt(),
                parent.collectionSite(),
                details.notes(),
                clock.instant(),
                user.username()));
        boolean aliquot = child.kind() == Specimen.Kind.ALIQUOT;
        custody.record(
                child,
                aliquot ? CustodyEvent.Kind.ALIQUOTED : CustodyEvent.Kind.DERIVED,
                details.quantity() + " " + type + " from " + parentCode,
                user);
        String left =
                taken + " taken for " + child.code() + ", " + parent.quantity().in(taken.unit()) + " left";
        custody.record(parent, CustodyEvent.Kind.MATERIAL_TAKEN, left, user);
        if (parent.quantity().isZero()) {
            changeStatus(parent, SpecimenStatus.CONSUMED, "all material used", user);
        }
        return saved(child);
    }

    @Transactional(readOnly = true)
    public SpecimenView get(String code, CurrentUser user) {
        BiobankRoles.requireRead(user, "see specimens");
        return view(find(code, user));
    }

    /** Saves the edit only when it was made on the current version: the second of two concurrent edits is refused. */
    public SpecimenView edit(String code, SpecimenEdit edit, CurrentUser user) {
        BiobankRoles.requireWrite(user, "edit specimens");
        Specimen specimen = find(code, user);
        if (specimen.version() != edit.version()) {
            throw new ConflictException(
                    ConflictException.CONCURRENT_EDIT,
                    "specimen " + code + " was changed by someone else (it is at version " + specimen.version()
                            + ", your edit was made on version " + edit.version() + "); reload it and edit again");
        }
        String before = specimen.collectionSite() + ", " + specimen.collectedAt() + ", notes "
                + specimen.notes().orElse("(none)");
        specimen.edit(edit.collectedAt(), edit.collectionSite(), edit.notes());
        custody.record(specimen, CustodyEvent.Kind.EDITED, "was " + before, user);
        return saved(specimen);
    }

    public SpecimenView changeStatus(String code, SpecimenStatus next, Optional<String> reason, CurrentUser user) {
        BiobankRoles.requireWrite(user, "change specimen status");
        if (next == null) {
            throw new InvalidInputException("status", "status is required");
        }
        Specimen specimen = find(code, user);
        if (specimen.consentWithdrawn() && next != SpecimenStatus.DISPOSED) {
            throw new ConflictException(
                    "consent-withdrawn",
                    "specimen " + code + " may only be disposed of: its participant withdrew consent for research use");
        }
        changeStatus(specimen, next, reason.orElse(""), user);
        return saved(specimen);
    }

    @Transactional(readOnly = true)
    public List<SpecimenNode> tree(String studyId, CurrentUser user) {
        BiobankRoles.requireRead(user, "see specimens");
        Participant participant = participantService.find(studyId, user);
        // Specimens received by another institution are theirs now: the tree shows what this institution holds, and a
        // specimen whose parent left with a shipment becomes a root of it.
        List<Specimen> all = specimens.findByParticipantIdOrderById(participant.id()).stream()
                .filter(s -> s.institutionId() == user.institutionId())
                .toList();
        Set<Long> held = all.stream().map(Specimen::id).collect(Collectors.toSet());
        Map<Long, List<Specimen>> byParent = all.stream()
                .filter(s -> s.parentId().filter(held::contains).isPresent())
                .collect(Collectors.groupingBy(s -> s.parentId().orElseThrow()));
        return all.stream()
                .filter(s -> s.parentId().filter(held::contains).isEmpty())
                .map(s -> node(s, byParent))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Custody.EventView> custody(String code, CurrentUser user) {
        BiobankRoles.requireRead(user, "see the chain of custody");
        return custody.of(find(code, user));
    }

    @EventListener
    void onConsentWithdrawn(ConsentWithdrawn withdrawal) {
        for (Specimen specimen : specimens.findByParticipantIdOrderById(withdrawal.participantId())) {
            if (withdrawal.endsAllUse()) {
                specimen.flagConsentWithdrawn();
            }
            custody.record(
                    specimen,
                    CustodyEvent.Kind.CONSENT_WITHDRAWN,
                    "participant withdrew consent for "
                            + withdrawal.scopes().stream().sorted().toList()
                            + (withdrawal.endsAllUse() ? "; the specimen may no longer be used" : ""),
                    withdrawal.by());
        }
    }

    Specimen find(String code, CurrentUser user) {
        return specimens
                .findByCodeAndInstitutionId(code, user.institutionId())
                .orElseThrow(() -> new NotFoundException("specimen", code));
    }

    static void requireUsable(Specimen specimen, String action) {
        if (specimen.consentWithdrawn()) {
            throw new ConflictException(
                    "consent-withdrawn",
                    "cannot " + action + " specimen " + specimen.code() + ": its participant withdrew consent");
        }
        if (specimen.status() != SpecimenStatus.AVAILABLE) {
            throw new ConflictException(
                    "invalid-status",
                    "cannot " + action + " specimen " + specimen.code() + ": it is " + specimen.status()
                            + ", not AVAILABLE");
        }
    }

    private void changeStatus(Specimen specimen, SpecimenStatus next, String reason, CurrentUser user) {
        changeStatus(specimen, next, CustodyEvent.Kind.STATUS_CHANGED, reason, user);
    }

    /** Moves the specimen to the next status if allowed, recording it as an event of the kind. */
    void changeStatus(Specimen specimen, SpecimenStatus next, CustodyEvent.Kind kind, String reason, CurrentUser user) {
        SpecimenStatus current = specimen.status();
        if (!current.canBecome(next)) {
            throw new ConflictException(
                    "invalid-transition",
                    "specimen " + specimen.code() + " is " + current + " and cannot become " + next + "; allowed: "
                            + SpecimenStatus.next(current).stream().sorted().toList());
        }
        specimen.status(next);
        String detail = current + " → " + next + (reason.isBlank() ? "" : ": " + reason.strip());
        custody.record(specimen, kind, detail, user);
        if (!next.isHeld() && specimen.boxId().isPresent()) {
            specimen.unplace();
            custody.record(specimen, CustodyEvent.Kind.REMOVED_FROM_STORAGE, "left storage as " + next, user);
        }
    }

    private SpecimenNode node(Specimen specimen, Map<Long, List<Specimen>> byParent) {
        List<SpecimenNode> children = new ArrayList<>();
        for (Specimen child : byParent.getOrDefault(specimen.id(), List.of())) {
            children.add(node(child, byParent));
        }
        return new SpecimenNode(view(specimen), List.copyOf(children));
    }

    private String newCode() {
        String code = Codes.next("SP");
        while (specimens.existsByCode(code)) {
            code = Codes.next("SP");
        }
        return code;
    }

    /** The view after the change is written, so that it shows the new version. */
    SpecimenView saved(Specimen specimen) {
        specimens.flush();
        return view(specimen);
    }

    SpecimenView view(Specimen s) {
        String studyId = participants.findById(s.participantId()).orElseThrow().studyId();
        Optional<String> parent = s.parentId().flatMap(specimens::findById).map(Specimen::code);
        Optional<Location> location = s.boxId()
                .map(box -> new Location(box, s.position().orElseThrow().label(), custody.path(box)));
        return new SpecimenView(
                s.code(),
                studyId,
                parent,
                s.kind().name(),
                s.type(),
                s.quantity(),
                s.initialQuantity(),
                s.collectedAt(),
                s.collectionSite(),
                s.protocolId().flatMap(protocols::codeOf),
                s.notes(),
                s.status(),
                s.consentWithdrawn(),
                location,
                s.version());
    }
}
