package org.genobay.shipments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Labels;
import org.genobay.errors.InvalidInputException;
import org.genobay.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shipments page (outgoing, incoming, prepare), a shipment's page with its actions, and the printable manifest. */
@Controller
class ShipmentPages {

    private final Shipments shipments;
    private final Accounts accounts;

    ShipmentPages(Shipments shipments, Accounts accounts) {
        this.shipments = shipments;
        this.accounts = accounts;
    }

    @GetMapping("/shipments")
    String list(CurrentUser user, Model model) {
        model.addAttribute("outgoing", shipments.outgoing(user));
        model.addAttribute("incoming", shipments.incoming(user));
        model.addAttribute(
                "institutions",
                accounts.institutions().stream()
                        .filter(i -> i.id() != user.institutionId())
                        .toList());
        return "shipments/shipments";
    }

    @PostMapping("/shipments")
    String prepare(
            CurrentUser user,
            @RequestParam String to,
            @RequestParam String specimens,
            @RequestParam Optional<String> courier,
            @RequestParam Optional<String> tracking,
            @RequestParam Optional<String> note,
            RedirectAttributes flash) {
        return Forms.attempt(flash, "/shipments", "Shipment prepared: its specimens are reserved for it.", () -> {
            // Scanned codes arrive one per line; typed ones may be separated by commas or blanks.
            List<String> codes = Arrays.stream(specimens.split("[\\s,;]+"))
                    .filter(c -> !c.isBlank())
                    .toList();
            NewShipment details = new NewShipment(to, codes, new NewShipment.Transport(courier, tracking, note));
            return "/shipments/" + shipments.prepare(details, user).code();
        });
    }

    @GetMapping("/shipments/{code}")
    String shipment(CurrentUser user, @PathVariable String code, Model model) {
        model.addAttribute("shipment", shipments.get(code, user));
        model.addAttribute("outcomes", ItemOutcome.values());
        return "shipments/shipment";
    }

    @GetMapping("/shipments/{code}/manifest")
    String manifest(CurrentUser user, @PathVariable String code, Model model) {
        Shipments.ShipmentView shipment = shipments.get(code, user);
        model.addAttribute("shipment", shipment);
        model.addAttribute(
                "barcodes",
                shipment.items().stream()
                        .map(i -> Labels.barcodeSvg(i.specimen()))
                        .toList());
        return "shipments/manifest";
    }

    @GetMapping(path = "/shipments/{code}/manifest.csv", produces = "text/csv")
    @ResponseBody
    String manifestCsv(CurrentUser user, @PathVariable String code) {
        return Manifest.csv(shipments.get(code, user));
    }

    @PostMapping("/shipments/{code}/edit")
    String edit(
            CurrentUser user,
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam Optional<String> courier,
            @RequestParam Optional<String> tracking,
            @RequestParam Optional<String> note,
            RedirectAttributes flash) {
        String back = "/shipments/" + code;
        return Forms.attempt(flash, back, "Saved.", () -> {
            shipments.edit(code, version, new NewShipment.Transport(courier, tracking, note), user);
            return back;
        });
    }

    @PostMapping("/shipments/{code}/dispatch")
    String dispatch(CurrentUser user, @PathVariable String code, @RequestParam long version, RedirectAttributes flash) {
        String back = "/shipments/" + code;
        return Forms.attempt(flash, back, "Dispatched: its specimens are SHIPPED.", () -> {
            shipments.dispatch(code, Optional.of(version), user);
            return back;
        });
    }

    @PostMapping("/shipments/{code}/cancellation")
    String cancel(CurrentUser user, @PathVariable String code, @RequestParam long version, RedirectAttributes flash) {
        String back = "/shipments/" + code;
        return Forms.attempt(flash, back, "Cancelled: its specimens are available again.", () -> {
            shipments.cancel(code, Optional.of(version), user);
            return back;
        });
    }

    /** The receipt form sends, for every item in manifest order, its code, outcome and note. */
    @PostMapping("/shipments/{code}/receipt")
    String receive(
            CurrentUser user,
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam String receivedAt,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash) {
        String back = "/shipments/" + code;
        return Forms.attempt(flash, back, "Receipt recorded.", () -> {
            // Read raw: a single value bound to a List would be split at its commas, and notes have commas.
            List<String> specimen = form.getOrDefault("specimen", List.of());
            List<String> outcome = form.getOrDefault("outcome", List.of());
            List<String> note = form.getOrDefault("note", List.of());
            if (specimen.size() != outcome.size() || specimen.size() != note.size()) {
                throw new InvalidInputException("items", "the receipt form was incomplete; reload the page");
            }
            List<Receipt.Item> items = new ArrayList<>();
            for (int i = 0; i < specimen.size(); i++) {
                items.add(new Receipt.Item(specimen.get(i), outcome(outcome.get(i)), Optional.of(note.get(i))));
            }
            Instant at = Forms.instant("receivedAt", receivedAt);
            shipments.receive(code, new Receipt(at, items), Optional.of(version), user);
            return back;
        });
    }

    private static ItemOutcome outcome(String value) {
        try {
            return ItemOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("items", "outcome '" + value + "' is not one of OK, DAMAGED, MISSING");
        }
    }
}
