package org.genobay.shipments;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.biobank.Quantity;
import org.genobay.biobank.SpecimenTransfers;
import org.genobay.biobank.SpecimenType;
import org.genobay.biobank.Specimens;
import org.genobay.errors.ConflictException;
import org.genobay.errors.ForbiddenException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.genobay.sharing.MaterialExports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares, edits, dispatches, cancels and receives shipments. The sender does the first four, the receiver the last;
 * every step moves the shipment along {@link ShipmentStatus} and its specimens through {@link SpecimenTransfers}, in
 * one transaction: a step that fails for one item changes nothing.
 */
@Service
@Transactional
public class Shipments {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    // The receiver sees a shipment from its dispatch on: before that it is the sender's draft.
    private static final List<ShipmentStatus> NOT_YET_SENT = List.of(ShipmentStatus.PREPARED, ShipmentStatus.CANCELLED);

    private final ShipmentRepository shipments;
    private final ShipmentItemRepository items;
    private final SpecimenTransfers transfers;
    private final Accounts accounts;
    private final MaterialExports exports;
    private final Clock clock;

    Shipments(
            ShipmentRepository shipments,
            ShipmentItemRepository items,
            SpecimenTransfers transfers,
            Accounts accounts,
            MaterialExports exports,
            Clock clock) {
        this.shipments = shipments;
        this.items = items;
        this.transfers = transfers;
        this.accounts = accounts;
        this.exports = exports;
        this.clock = clock;
    }

    public record Party(String code, String name) {}

    public record Step(Instant at, String by) {}

    public record ItemView(
            int line,
            String specimen,
            String participant,
            SpecimenType type,
            Quantity quantity,
            Optional<ItemOutcome> outcome,
            Optional<String> note,
            Optional<Step> received) {}

    /** A shipment as its sender or receiver sees it; {@code incoming} says which of the two the reader is. */
    public record ShipmentView(
            String code,
            Party from,
            Party to,
            boolean incoming,
            ShipmentStatus status,
            Optional<String> courier,
            Optional<String> tracking,
            Optional<String> note,
            Step prepared,
            Optional<Step> dispatched,
            Optional<Step> received,
            Optional<Step> cancelled,
            List<ItemView> items,
            long version) {}

    public ShipmentView prepare(NewShipment details, CurrentUser user) {
        requireWrite(user, "prepare shipments");
        Accounts.InstitutionView receiver = accounts.institutionByCode(details.to())
                .orElseThrow(
                        () -> new InvalidInputException("to", "no institution has the code '" + details.to() + "'"));
        if (receiver.id() == user.institutionId()) {
            throw new InvalidInputException("to", "a shipment goes to another institution, not to " + details.to());
        }
        Shipment shipment = shipments.save(new Shipment(
                newCode(), user.institutionId(), receiver.id(), details.transport(), clock.instant(), user.username()));
        int line = 0;
        for (String code : details.specimens()) {
            Specimens.SpecimenView specimen = transfers.pack(code, shipment.code(), receiver.name(), user);
            items.save(new ShipmentItem(
                    shipment.id(),
                    ++line,
                    specimen.code(),
                    specimen.participant(),
                    specimen.type(),
                    specimen.quantity()));
        }
        return saved(shipment, user);
    }

    @Transactional(readOnly = true)
    public List<ShipmentView> outgoing(CurrentUser user) {
        requireRead(user);
        return shipments.findBySenderInstitutionIdOrderByPreparedAtDescIdDesc(user.institutionId()).stream()
                .map(s -> view(s, user))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ShipmentView> incoming(CurrentUser user) {
        requireRead(user);
        return shipments
                .findByReceiverInstitutionIdAndStatusNotInOrderByPreparedAtDescIdDesc(
                        user.institutionId(), NOT_YET_SENT)
                .stream()
                .map(s -> view(s, user))
                .toList();
    }

    @Transactional(readOnly = true)
    public ShipmentView get(String code, CurrentUser user) {
        requireRead(user);
        return view(find(code, user), user);
    }

    /** Changes the courier, tracking number and note of a shipment that has not left, on the current version only. */
    public ShipmentView edit(String code, long version, NewShipment.Transport transport, CurrentUser user) {
        requireWrite(user, "edit shipments");
        Shipment shipment = sent(code, user);
        requireVersion(shipment, Optional.of(version));
        if (shipment.status() != ShipmentStatus.PREPARED) {
            throw new ConflictException(
                    "invalid-status",
                    "shipment " + code + " is " + shipment.status() + "; only a PREPARED one changes");
        }
        shipment.transport(transport);
        return saved(shipment, user);
    }

    /**
     * Sends the shipment: every specimen becomes SHIPPED and leaves its box. Specimens going to another country are an
     * export of human genetic resource material: refused without an HGR filing for it in force, recorded as a release
     * with one.
     */
    public ShipmentView dispatch(String code, Optional<Long> version, CurrentUser user) {
        requireWrite(user, "dispatch shipments");
        Shipment shipment = sent(code, user);
        requireVersion(shipment, version);
        shipment.moveTo(ShipmentStatus.DISPATCHED, clock.instant(), user.username());
        List<ShipmentItem> packed = items.findByShipmentIdOrderByLine(shipment.id());
        exports.authorizeDispatch(
                new MaterialExports.SpecimenDispatch(code, shipment.receiverInstitutionId(), packed.size()), user);
        String receiver = party(shipment.receiverInstitutionId()).name();
        for (ShipmentItem item : packed) {
            transfers.dispatch(
                    item.specimenCode(), code, receiver, shipment.transport().describe(), user);
        }
        return saved(shipment, user);
    }

    /** Cancels a shipment that has not left: its specimens are available again. */
    public ShipmentView cancel(String code, Optional<Long> version, CurrentUser user) {
        requireWrite(user, "cancel shipments");
        Shipment shipment = sent(code, user);
        requireVersion(shipment, version);
        shipment.moveTo(ShipmentStatus.CANCELLED, clock.instant(), user.username());
        for (ShipmentItem item : items.findByShipmentIdOrderByLine(shipment.id())) {
            transfers.unpack(item.specimenCode(), code, user);
        }
        return saved(shipment, user);
    }

    /**
     * Records what arrived. Items found in order come under the receiving institution; damaged and missing ones stay
     * the sender's, SHIPPED, with the receiver's note in their chain of custody.
     */
    public ShipmentView receive(String code, Receipt receipt, Optional<Long> version, CurrentUser user) {
        requireWrite(user, "receive shipments");
        Shipment shipment = find(code, user);
        if (shipment.receiverInstitutionId() != user.institutionId()) {
            throw new ForbiddenException("only the receiving institution records the receipt of shipment " + code);
        }
        requireVersion(shipment, version);
        shipment.moveTo(ShipmentStatus.afterReceipt(receipt), receipt.receivedAt(), user.username());
        // Forms give the receipt time to the minute: a receipt in the minute of the dispatch is not before it.
        Instant dispatchedAt = shipment.dispatched().orElseThrow().at().truncatedTo(ChronoUnit.MINUTES);
        if (receipt.receivedAt().isBefore(dispatchedAt)) {
            throw new InvalidInputException(
                    "receivedAt",
                    "receivedAt " + receipt.receivedAt() + " is before the shipment was dispatched (" + dispatchedAt
                            + ")");
        }
        List<ShipmentItem> packed = items.findByShipmentIdOrderByLine(shipment.id());
        Map<String, Receipt.Item> found =
                receipt.items().stream().collect(Collectors.toMap(Receipt.Item::specimen, Function.identity()));
        List<String> unknown = found.keySet().stream()
                .filter(c -> packed.stream().noneMatch(i -> i.specimenCode().equals(c)))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("items", "shipment " + code + " does not carry " + unknown);
        }
        List<String> unlisted = packed.stream()
                .map(ShipmentItem::specimenCode)
                .filter(c -> !found.containsKey(c))
                .toList();
        if (!unlisted.isEmpty()) {
            throw new InvalidInputException(
                    "items", "say what was found of every item; missing from the receipt: " + unlisted);
        }
        long sender = shipment.senderInstitutionId();
        String from = " from " + party(sender).name();
        for (ShipmentItem item : packed) {
            Receipt.Item outcome = found.get(item.specimenCode());
            String note = outcome.note().map(n -> ": " + n).orElse("");
            switch (outcome.outcome()) {
                case OK -> transfers.accept(item.specimenCode(), sender, code, from + note, user);
                case DAMAGED -> transfers.reportProblem(
                        item.specimenCode(), sender, code, "received damaged" + from + note, user);
                case MISSING -> transfers.reportProblem(item.specimenCode(), sender, code, "missing" + note, user);
            }
            item.receive(outcome, receipt.receivedAt(), user.username());
        }
        return saved(shipment, user);
    }

    /** A shipment the user's institution sent, or received once dispatched; any other reads as not found. */
    private Shipment find(String code, CurrentUser user) {
        return shipments
                .findByCode(code)
                .filter(s -> s.senderInstitutionId() == user.institutionId()
                        || (s.receiverInstitutionId() == user.institutionId() && !NOT_YET_SENT.contains(s.status())))
                .orElseThrow(() -> new NotFoundException("shipment", code));
    }

    /** A shipment the user's institution sent: only the sender prepares, edits, dispatches or cancels. */
    private Shipment sent(String code, CurrentUser user) {
        Shipment shipment = find(code, user);
        if (shipment.senderInstitutionId() != user.institutionId()) {
            throw new ForbiddenException("only the sending institution changes shipment " + code);
        }
        return shipment;
    }

    private static void requireVersion(Shipment shipment, Optional<Long> version) {
        if (version.isPresent() && version.get() != shipment.version()) {
            throw new ConflictException(
                    ConflictException.CONCURRENT_EDIT,
                    "shipment " + shipment.code() + " was changed by someone else (it is at version "
                            + shipment.version() + ", you saw version " + version.get() + "); reload it");
        }
    }

    private static void requireRead(CurrentUser user) {
        user.requireAnyRole("see shipments", Role.BIOBANK_STAFF, Role.ADMINISTRATOR, Role.CLINICIAN);
    }

    private static void requireWrite(CurrentUser user, String action) {
        user.requireAnyRole(action, Role.BIOBANK_STAFF, Role.ADMINISTRATOR);
    }

    private String newCode() {
        String code;
        do {
            StringBuilder next = new StringBuilder("SH-");
            for (int i = 0; i < 8; i++) {
                next.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            code = next.toString();
        } while (shipments.existsByCode(code));
        return code;
    }

    private Party party(long institutionId) {
        return accounts.institutions().stream()
                .filter(i -> i.id() == institutionId)
                .findFirst()
                .map(i -> new Party(i.code(), i.name()))
                .orElseThrow();
    }

    private ShipmentView saved(Shipment shipment, CurrentUser user) {
        shipments.flush();
        return view(shipment, user);
    }

    private ShipmentView view(Shipment s, CurrentUser user) {
        List<ItemView> lines = new ArrayList<>();
        for (ShipmentItem i : items.findByShipmentIdOrderByLine(s.id())) {
            Optional<Step> received =
                    i.receivedAt().map(at -> new Step(at, i.receivedBy().orElse("")));
            lines.add(new ItemView(
                    i.line(),
                    i.specimenCode(),
                    i.studyId(),
                    i.specimenType(),
                    i.quantity(),
                    i.outcome(),
                    i.outcomeNote(),
                    received));
        }
        NewShipment.Transport transport = s.transport();
        return new ShipmentView(
                s.code(),
                party(s.senderInstitutionId()),
                party(s.receiverInstitutionId()),
                s.receiverInstitutionId() == user.institutionId(),
                s.status(),
                transport.courier(),
                transport.tracking(),
                transport.note(),
                new Step(s.preparedAt(), s.preparedBy()),
                s.dispatched().map(Shipments::step),
                s.received().map(Shipments::step),
                s.cancelled().map(Shipments::step),
                List.copyOf(lines),
                s.version());
    }

    private static Step step(Shipment.Stamp stamp) {
        return new Step(stamp.at(), stamp.by());
    }
}
