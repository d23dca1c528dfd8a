package org.genobay.donors;

import java.util.List;
import java.util.Locale;
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

/** The cord-blood unit list and the unit page: counts, tests, typing history, release status (versioned form). */
@Controller
class UnitPages {

    private final CordBloodUnits units;

    UnitPages(CordBloodUnits units) {
        this.units = units;
    }

    @GetMapping("/cord-blood-units")
    String list(
            CurrentUser user,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String status,
            Model model) {
        Optional<UnitStatus> wanted = status.isBlank() ? Optional.empty() : Optional.of(status(status));
        String text = q.strip().toUpperCase(Locale.ROOT);
        List<CordBloodUnits.UnitView> shown = units.list(user).stream()
                .filter(u -> u.unitId().toUpperCase(Locale.ROOT).contains(text))
                .filter(u -> wanted.isEmpty() || u.status() == wanted.get())
                .toList();
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", UnitStatus.values());
        model.addAttribute("units", shown);
        return "donors/units";
    }

    @GetMapping("/cord-blood-units/{unitId}")
    String unit(CurrentUser user, @PathVariable String unitId, Model model) {
        model.addAttribute("unit", units.get(unitId, user));
        model.addAttribute("statuses", UnitStatus.values());
        return "donors/unit";
    }

    @PostMapping("/cord-blood-units/{unitId}/status")
    String status(
            CurrentUser user,
            @PathVariable String unitId,
            @RequestParam Optional<Long> version,
            @RequestParam String status,
            RedirectAttributes flash) {
        String page = "/cord-blood-units/" + unitId;
        return Forms.attempt(flash, page, "Release status changed.", () -> {
            CordBloodUnits.UnitView u = units.get(unitId, user);
            UnitDetails details = new UnitDetails(
                    u.specimen(),
                    u.collectedOn(),
                    u.volumeMl(),
                    u.tnc(),
                    u.cd34(),
                    u.viability(),
                    u.tests(),
                    status(status));
            units.edit(unitId, version, details, user);
            return page;
        });
    }

    private static UnitStatus status(String value) {
        try {
            return UnitStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "status", "status '" + value + "' is not one of " + List.of(UnitStatus.values()));
        }
    }
}
