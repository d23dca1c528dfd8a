package org.genobay.biobank;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Participant search, enrolment, the participant page with consent and specimen tree, and new primary specimens. */
@Controller
class ParticipantPages {

    private final Participants participants;
    private final Specimens specimens;
    private final Protocols protocols;
    private final List<ParticipantPageSection> sections;

    ParticipantPages(
            Participants participants,
            Specimens specimens,
            Protocols protocols,
            List<ParticipantPageSection> sections) {
        this.participants = participants;
        this.specimens = specimens;
        this.protocols = protocols;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ParticipantPageSection::order))
                .toList();
    }

    @GetMapping("/participants")
    String search(CurrentUser user, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("participants", participants.search(q, user));
        model.addAttribute("total", participants.count(user));
        model.addAttribute("scopes", ConsentScope.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("user", user);
        return "biobank/participants";
    }

    @PostMapping("/participants")
    String enrol(
            CurrentUser user,
            @RequestParam String hospitalId,
            @RequestParam Sex sex,
            @RequestParam Optional<Integer> birthYear,
            @RequestParam Optional<String> population,
            @RequestParam Optional<String> genomeSampleId,
            @RequestParam(required = false) Set<ConsentScope> scopes,
            RedirectAttributes flash) {
        return Forms.attempt(flash, "/participants", "Participant enrolled.", () -> {
            NewParticipant details = new NewParticipant(
                    hospitalId, sex, birthYear, population, genomeSampleId, scopes == null ? Set.of() : scopes);
            return "/participants/" + participants.enrol(details, user).studyId();
        });
    }

    @PostMapping("/participants/lookup")
    String lookUp(CurrentUser user, @RequestParam String hospitalId, RedirectAttributes flash) {
        return Forms.attempt(
                flash,
                "/participants",
                "Found by hospital ID.",
                () -> "/participants/" + participants.lookUp(hospitalId, user).studyId());
    }

    @GetMapping("/participants/{studyId}")
    String participant(CurrentUser user, @PathVariable String studyId, Model model) {
        Participants.ParticipantView participant = participants.get(studyId, user);
        model.addAttribute("participant", participant);
        model.addAttribute("specimens", specimens.tree(studyId, user));
        model.addAttribute("scopes", ConsentScope.values());
        model.addAttribute("types", SpecimenType.values());
        model.addAttribute("units", Unit.values());
        model.addAttribute("protocols", protocols.list(true, user));
        List<ConsentScope> given = participant.consents().stream()
                .filter(c -> c.status().equals("GIVEN"))
                .map(Participants.ConsentView::scope)
                .toList();
        model.addAttribute("given", given.isEmpty() ? EnumSet.noneOf(ConsentScope.class) : EnumSet.copyOf(given));
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(s -> new ParticipantPageSection.Drawn(s.template(), s.model(participant, user)))
                        .toList());
        return "biobank/participant";
    }

    @PostMapping("/participants/{studyId}/consents")
    String consent(
            CurrentUser user,
            @PathVariable String studyId,
            @RequestParam(required = false) Set<ConsentScope> scopes,
            @RequestParam String action,
            RedirectAttributes flash) {
        String back = "/participants/" + studyId;
        Set<ConsentScope> chosen = scopes == null ? Set.of() : scopes;
        if (action.equals("withdraw")) {
            return Forms.attempt(flash, back, "Withdrawal recorded; specimens flagged.", () -> {
                participants.withdrawConsent(studyId, chosen, user);
                return back;
            });
        }
        return Forms.attempt(flash, back, "Consent recorded.", () -> {
            participants.giveConsent(studyId, chosen, user);
            return back;
        });
    }

    @PostMapping("/participants/{studyId}/specimens")
    String collect(
            CurrentUser user,
            @PathVariable String studyId,
            @RequestParam SpecimenType type,
            @RequestParam BigDecimal quantity,
            @RequestParam Unit unit,
            @RequestParam String collectedAt,
            @RequestParam String collectionSite,
            @RequestParam Optional<String> notes,
            @RequestParam Optional<String> protocol,
            RedirectAttributes flash) {
        return Forms.attempt(flash, "/participants/" + studyId, "Specimen recorded.", () -> {
            NewSpecimen details = new NewSpecimen(
                    studyId,
                    type,
                    new Quantity(quantity, unit),
                    Forms.instant("collectedAt", collectedAt),
                    collectionSite,
                    notes,
                    protocol);
            return "/specimens/" + specimens.collect(details, user).code();
        });
    }
}
