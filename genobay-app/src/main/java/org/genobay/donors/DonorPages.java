package org.genobay.donors;

import java.time.LocalDate;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.InvalidInputException;
import org.genobay.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The donor list (filtered, paged), the donor page with its typing history, and the status and retyping forms, which
 * carry the version the page was drawn from as the API's If-Match does.
 */
@Controller
class DonorPages {

    static final int PAGE_SIZE = 50;

    private final Donors donors;

    DonorPages(Donors donors) {
        this.donors = donors;
    }

    @GetMapping("/donors")
    String list(
            CurrentUser user,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Optional<DonorStatus> wanted = status.isBlank() ? Optional.empty() : Optional.of(status(status));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", DonorStatus.values());
        model.addAttribute("list", donors.page(Optional.of(q), wanted, page, PAGE_SIZE, user));
        return "donors/donors";
    }

    @GetMapping("/donors/{registryId}")
    String donor(CurrentUser user, @PathVariable String registryId, Model model) {
        model.addAttribute("donor", donors.get(registryId, user));
        model.addAttribute("statuses", DonorStatus.values());
        return "donors/donor";
    }

    @PostMapping("/donors/{registryId}/status")
    String status(
            CurrentUser user,
            @PathVariable String registryId,
            @RequestParam Optional<Long> version,
            @RequestParam String status,
            @RequestParam Optional<String> unavailableUntil,
            RedirectAttributes flash) {
        String page = "/donors/" + registryId;
        return Forms.attempt(flash, page, "Status changed.", () -> {
            Donors.DonorView d = donors.get(registryId, user);
            DonorDetails details = new DonorDetails(
                    d.sex(),
                    d.birthYear(),
                    d.abo(),
                    d.cmv(),
                    status(status),
                    unavailableUntil.filter(u -> !u.isBlank()).map(u -> date("unavailableUntil", u)));
            donors.edit(registryId, version, details, user);
            return page;
        });
    }

    @PostMapping("/donors/{registryId}/typings")
    String retype(
            CurrentUser user,
            @PathVariable String registryId,
            @RequestParam Optional<Long> version,
            @RequestParam String gl,
            @RequestParam Optional<String> lab,
            @RequestParam Optional<String> method,
            @RequestParam Optional<String> typedOn,
            RedirectAttributes flash) {
        String page = "/donors/" + registryId;
        return Forms.attempt(flash, page, "New typing recorded; the old one stays in the history.", () -> {
            TypingSource typing = new TypingSource(
                    gl, lab, method, typedOn.filter(t -> !t.isBlank()).map(t -> date("typedOn", t)));
            donors.retype(registryId, version, typing, user);
            return page;
        });
    }

    static DonorStatus status(String value) {
        try {
            return DonorStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "status", "status '" + value + "' is not one of " + java.util.List.of(DonorStatus.values()));
        }
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a date (2030-01-31)");
        }
    }
}
