package org.genobay.shipments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shipments")
@Tag(name = "shipments", description = "shipments of specimens to another institution: manifest, dispatch, receipt")
class ShipmentsApi {

    private final Shipments shipments;

    ShipmentsApi(Shipments shipments) {
        this.shipments = shipments;
    }

    record Preparation(String to, List<String> specimens, String courier, String tracking, String note) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Prepare a shipment of specimens to another institution (to: its code)",
            description = "Every specimen must be the institution's, AVAILABLE and not flagged by a consent withdrawal"
                    + " (409 invalid-status or consent-withdrawn otherwise, and nothing is prepared); each becomes"
                    + " RESERVED for the shipment until it is dispatched or cancelled.")
    Shipments.ShipmentView prepare(CurrentUser user, @RequestBody Preparation body) {
        return shipments.prepare(
                new NewShipment(body.to(), body.specimens(), transport(body.courier(), body.tracking(), body.note())),
                user);
    }

    @GetMapping
    @Operation(
            summary = "The institution's shipments, newest first",
            description = "direction=OUTGOING: those it sent (any status); INCOMING: those sent to it, from dispatch"
                    + " on; ALL (the default): both.")
    List<Shipments.ShipmentView> list(CurrentUser user, @RequestParam Optional<Direction> direction) {
        return switch (direction.orElse(Direction.ALL)) {
            case OUTGOING -> shipments.outgoing(user);
            case INCOMING -> shipments.incoming(user);
            case ALL -> Stream.concat(shipments.outgoing(user).stream(), shipments.incoming(user).stream())
                    .sorted(Comparator.comparing(
                                    (Shipments.ShipmentView s) -> s.prepared().at())
                            .reversed())
                    .toList();
        };
    }

    enum Direction {
        OUTGOING,
        INCOMING,
        ALL
    }

    @GetMapping("/{code}")
    @Operation(summary = "A shipment the institution sent or (once dispatched) receives; 404 for anyone else")
    Shipments.ShipmentView get(CurrentUser user, @PathVariable String code) {
        return shipments.get(code, user);
    }

    @GetMapping(path = "/{code}/manifest.csv", produces = "text/csv")
    @Operation(summary = "The manifest as CSV: one line per item with type, quantity and, once received, outcome")
    ResponseEntity<String> manifest(CurrentUser user, @PathVariable String code) {
        Shipments.ShipmentView shipment = shipments.get(code, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + code + "-manifest.csv")
                .body(Manifest.csv(shipment));
    }

    record TransportEdit(Long version, String courier, String tracking, String note) {}

    @PutMapping("/{code}")
    @Operation(
            summary = "Change courier, tracking number and note of a PREPARED shipment",
            description = "version must be the version the edit was made on (409 concurrent-edit otherwise).")
    Shipments.ShipmentView edit(CurrentUser user, @PathVariable String code, @RequestBody TransportEdit body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "version is required: the version of the shipment you edited");
        }
        return shipments.edit(code, body.version(), transport(body.courier(), body.tracking(), body.note()), user);
    }

    record Step(Long version) {}

    @PostMapping("/{code}/dispatch")
    @Operation(
            summary = "Dispatch a PREPARED shipment: its specimens become SHIPPED",
            description = "Only the sender. Another status is 409 invalid-transition. version (optional): when given,"
                    + " a shipment changed since is 409 concurrent-edit.")
    Shipments.ShipmentView dispatch(CurrentUser user, @PathVariable String code, @RequestBody Optional<Step> body) {
        return shipments.dispatch(code, version(body), user);
    }

    @PostMapping("/{code}/cancellation")
    @Operation(
            summary = "Cancel a shipment that has not been dispatched: its specimens are AVAILABLE again",
            description = "Only the sender, only while PREPARED (409 invalid-transition otherwise).")
    Shipments.ShipmentView cancel(CurrentUser user, @PathVariable String code, @RequestBody Optional<Step> body) {
        return shipments.cancel(code, version(body), user);
    }

    record ItemReceipt(String specimen, ItemOutcome outcome, String note) {}

    record ReceiptBody(Long version, Instant receivedAt, List<ItemReceipt> items) {}

    @PostMapping("/{code}/receipt")
    @Operation(
            summary = "Record the receipt of a DISPATCHED shipment, item by item (OK, DAMAGED, MISSING)",
            description = "Only the receiver; every item named once, a note for DAMAGED and MISSING ones; receivedAt"
                    + " defaults to now. OK items come under the receiving institution, AVAILABLE; the others stay the"
                    + " sender's, SHIPPED. The shipment becomes RECEIVED, or PARTIALLY_RECEIVED when any item was not"
                    + " OK.")
    Shipments.ShipmentView receive(CurrentUser user, @PathVariable String code, @RequestBody ReceiptBody body) {
        if (body.items() == null) {
            throw new InvalidInputException("items", "list the outcome of every item of the shipment");
        }
        Receipt receipt = new Receipt(
                body.receivedAt() == null ? Instant.now() : body.receivedAt(),
                body.items().stream()
                        .map(i -> new Receipt.Item(i.specimen(), i.outcome(), Optional.ofNullable(i.note())))
                        .toList());
        return shipments.receive(code, receipt, Optional.ofNullable(body.version()), user);
    }

    private static Optional<Long> version(Optional<Step> body) {
        return body.map(Step::version);
    }

    private static NewShipment.Transport transport(String courier, String tracking, String note) {
        return new NewShipment.Transport(
                Optional.ofNullable(courier), Optional.ofNullable(tracking), Optional.ofNullable(note));
    }
}
