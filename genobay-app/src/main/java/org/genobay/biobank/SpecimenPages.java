package org.genobay.biobank;

import java.math.BigDecimal;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The specimen page (details, location, custody timeline, actions), storage and the box grid. */
@Controller
class SpecimenPages {

    private final Specimens specimens;
    private final Storage storage;
    private final QualityControl qc;
    private final Participants participants;

    SpecimenPages(Specimens specimens, Storage storage, QualityControl qc, Participants participants) {
        this.specimens = specimens;
        this.storage = storage;
        this.qc = qc;
        this.participants = participants;
    }

    @GetMapping("/specimens/{code}")
    String specimen(CurrentUser user, @PathVariable String code, Model model) {
        Specimens.SpecimenView specimen = specimens.get(code, user);
        model.addAttribute("specimen", specimen);
        // A specimen received from another institution keeps its participant, who is enrolled (and seen) there only.
        model.addAttribute("participantHere", participants.enrolledAt(specimen.participant(), user));
        model.addAttribute("custody", specimens.custody(code, user));
        model.addAttribute(
                "next", SpecimenStatus.next(specimen.status()).stream().sorted().toList());
        model.addAttribute("types", SpecimenType.values());
        model.addAttribute("units", Unit.values());
        model.addAttribute("storage", storage.tree(user));
        model.addAttribute("qc", qc.results(code, user));
        model.addAttribute("measures", QcMeasure.values());
        return "biobank/specimen";
    }

    @PostMapping("/specimens/{code}/qc")
    String recordQc(
            CurrentUser user,
            @PathVariable String code,
            @RequestParam QcMeasure measure,
            @RequestParam BigDecimal value,
            RedirectAttributes flash) {
        String back = "/specimens/" + code;
        return Forms.attempt(flash, back, "QC result recorded.", () -> {
            qc.record(code, measure, value, user);
            return back;
        });
    }

    @GetMapping(path = "/specimens/{code}/label.svg", produces = "image/svg+xml")
    @ResponseBody
    String label(CurrentUser user, @PathVariable String code) {
        return Labels.svg(specimens.get(code, user));
    }

    @PostMapping("/specimens/{code}/children")
    String derive(
            CurrentUser user,
            @PathVariable String code,
            @RequestParam Optional<SpecimenType> type,
            @RequestParam BigDecimal quantity,
            @RequestParam Unit unit,
            @RequestParam Optional<BigDecimal> takenQuantity,
            @RequestParam Optional<Unit> takenUnit,
            RedirectAttributes flash) {
        return Forms.attempt(flash, "/specimens/" + code, "Aliquot recorded.", () -> {
            Optional<Quantity> taken = takenQuantity.map(amount -> new Quantity(amount, takenUnit.orElse(unit)));
            NewDerivative details = new NewDerivative(type, new Quantity(quantity, unit), taken, Optional.empty());
            return "/specimens/" + specimens.derive(code, details, user).code();
        });
    }

    @PostMapping("/specimens/{code}/status")
    String status(
            CurrentUser user,
            @PathVariable String code,
            @RequestParam SpecimenStatus status,
            @RequestParam Optional<String> reason,
            RedirectAttributes flash) {
        String back = "/specimens/" + code;
        return Forms.attempt(flash, back, "Status changed.", () -> {
            specimens.changeStatus(code, status, reason, user);
            return back;
        });
    }

    @PostMapping("/specimens/{code}/edit")
    String edit(
            CurrentUser user,
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam String collectedAt,
            @RequestParam String collectionSite,
            @RequestParam Optional<String> notes,
            RedirectAttributes flash) {
        String back = "/specimens/" + code;
        return Forms.attempt(flash, back, "Saved.", () -> {
            specimens.edit(
                    code,
                    new SpecimenEdit(version, Forms.instant("collectedAt", collectedAt), collectionSite, notes),
                    user);
            return back;
        });
    }

    @PostMapping("/specimens/{code}/location")
    String place(
            CurrentUser user,
            @PathVariable String code,
            @RequestParam long boxId,
            @RequestParam String position,
            RedirectAttributes flash) {
        String back = "/specimens/" + code;
        return Forms.attempt(flash, back, "Stored.", () -> {
            storage.place(code, boxId, BoxPosition.parse(position), user);
            return back;
        });
    }

    @PostMapping("/specimens/{code}/location/removal")
    String remove(CurrentUser user, @PathVariable String code, RedirectAttributes flash) {
        String back = "/specimens/" + code;
        return Forms.attempt(flash, back, "Taken out of storage.", () -> {
            storage.remove(code, user);
            return back;
        });
    }

    @GetMapping("/storage")
    String storage(CurrentUser user, Model model) {
        model.addAttribute("units", storage.tree(user));
        model.addAttribute("kinds", StorageKind.values());
        return "biobank/storage";
    }

    @PostMapping("/storage")
    String createUnit(
            CurrentUser user,
            @RequestParam StorageKind kind,
            @RequestParam String name,
            @RequestParam Optional<Long> parentId,
            @RequestParam Optional<Integer> rows,
            @RequestParam Optional<Integer> columns,
            @RequestParam Optional<String> temperature,
            RedirectAttributes flash) {
        return Forms.attempt(flash, "/storage", kind + " created.", () -> {
            storage.create(new NewStorageUnit(kind, name, parentId, rows, columns, temperature), user);
            return "/storage";
        });
    }

    @GetMapping("/storage/boxes/{id}")
    String box(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("box", storage.box(id, user));
        return "biobank/box";
    }

    @PostMapping("/storage/boxes/{id}/place")
    String placeInBox(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam String code,
            @RequestParam String position,
            RedirectAttributes flash) {
        String back = "/storage/boxes/" + id;
        return Forms.attempt(flash, back, code.strip() + " stored at " + position.strip() + ".", () -> {
            storage.place(code.strip(), id, BoxPosition.parse(position), user);
            return back;
        });
    }
}
