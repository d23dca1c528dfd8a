package org.genobay.sharing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.biobank.ConsentScope;
import org.genobay.errors.InvalidInputException;
import org.genobay.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sharing pages: catalogue, a dataset (request form; filings and releases for owners), DAC queue, my grants. */
@Controller
class SharingPages {

    private static final String CATALOGUE = "/sharing";

    private final Catalogue catalogue;
    private final AccessRequests requests;
    private final HgrRules hgr;
    private final DataAccess access;

    SharingPages(Catalogue catalogue, AccessRequests requests, HgrRules hgr, DataAccess access) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.hgr = hgr;
        this.access = access;
    }

    @GetMapping(CATALOGUE)
    String catalogue(CurrentUser user, Model model) {
        model.addAttribute("datasets", access.access(Optional.of(user)));
        model.addAttribute("projects", catalogue.projects());
        model.addAttribute("owner", user.hasAnyRole(Role.ADMINISTRATOR));
        model.addAttribute("kinds", DatasetKind.values());
        model.addAttribute("levels", SecurityLevel.values());
        model.addAttribute("institutionId", user.institutionId());
        return "sharing/catalogue";
    }

    @PostMapping(CATALOGUE + "/projects")
    String createProject(
            CurrentUser user,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes flash) {
        return Forms.attempt(flash, CATALOGUE, "Project " + name + " registered.", () -> {
            catalogue.createProject(name, description, user);
            return CATALOGUE;
        });
    }

    @PostMapping(CATALOGUE + "/datasets")
    String register(
            CurrentUser user,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String description,
            @RequestParam DatasetKind kind,
            @RequestParam Optional<Long> omicsDatasetId,
            @RequestParam SecurityLevel securityLevel,
            @RequestParam(defaultValue = "false") boolean hgr,
            @RequestParam Optional<Long> projectId,
            RedirectAttributes flash) {
        return Forms.attempt(flash, CATALOGUE, "Dataset " + name + " registered.", () -> {
            SharedDataset dataset = catalogue.register(
                    new NewDataset(name, description, kind, omicsDatasetId, securityLevel, hgr, projectId), user);
            return CATALOGUE + "/datasets/" + dataset.id();
        });
    }

    /** {@code purpose} prefills the request form, e.g. from a saved cohort of the cohort builder. */
    @GetMapping(CATALOGUE + "/datasets/{id}")
    String dataset(
            CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String purpose, Model model) {
        Access seen = access.access(Optional.of(user), id);
        boolean owner = seen.dataset().owner().id() == user.institutionId() && user.hasAnyRole(Role.ADMINISTRATOR);
        model.addAttribute("access", seen);
        model.addAttribute("dataset", seen.dataset());
        model.addAttribute("owner", owner);
        model.addAttribute("researcher", user.hasAnyRole(Role.RESEARCHER) && seen.basis() != Access.Basis.OWNER);
        model.addAttribute("scopes", ConsentScope.values());
        model.addAttribute("purpose", purpose.length() > 2000 ? purpose.substring(0, 2000) : purpose);
        model.addAttribute("levels", SecurityLevel.values());
        model.addAttribute("filings", owner ? hgr.filingsOf(id, user) : List.of());
        model.addAttribute("releases", owner ? hgr.releases(id, user) : List.of());
        return "sharing/dataset";
    }

    @PostMapping(CATALOGUE + "/datasets/{id}")
    String change(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String description,
            @RequestParam SecurityLevel securityLevel,
            @RequestParam(defaultValue = "false") boolean hgr,
            @RequestParam Optional<Long> projectId,
            RedirectAttributes flash) {
        String page = CATALOGUE + "/datasets/" + id;
        return Forms.attempt(flash, page, "Dataset changed.", () -> {
            catalogue.change(id, new DatasetChange(description, securityLevel, hgr, projectId), user);
            return page;
        });
    }

    @PostMapping(CATALOGUE + "/datasets/{id}/requests")
    String request(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam String purpose,
            @RequestParam(required = false) Set<ConsentScope> scopes,
            @RequestParam(defaultValue = "0") int durationDays,
            RedirectAttributes flash) {
        return Forms.attempt(
                flash,
                CATALOGUE + "/datasets/" + id,
                "Request submitted: the owner's data access committee decides.",
                () -> {
                    requests.submit(
                            id, new NewRequest(purpose, scopes == null ? Set.of() : scopes, durationDays), user);
                    return CATALOGUE + "/grants";
                });
    }

    @PostMapping(CATALOGUE + "/datasets/{id}/filings")
    String attach(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam String number,
            @RequestParam String scope,
            @RequestParam String issuedOn,
            @RequestParam String expiresOn,
            RedirectAttributes flash) {
        String page = CATALOGUE + "/datasets/" + id;
        return Forms.attempt(flash, page, "HGR filing " + number + " attached.", () -> {
            hgr.attach(
                    id, new NewFiling(number, scope, date("issuedOn", issuedOn), date("expiresOn", expiresOn)), user);
            return page;
        });
    }

    @PostMapping(CATALOGUE + "/datasets/{id}/releases")
    String release(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam String recipient,
            @RequestParam String country,
            @RequestParam String purpose,
            RedirectAttributes flash) {
        String page = CATALOGUE + "/datasets/" + id;
        return Forms.attempt(flash, page, "Release recorded.", () -> {
            hgr.release(
                    id,
                    new NewRelease(Optional.empty(), recipient, Optional.of(country), purpose, Optional.empty()),
                    user);
            return page;
        });
    }

    @GetMapping(CATALOGUE + "/dac")
    String dac(CurrentUser user, Model model) {
        model.addAttribute("queue", requests.queue(user));
        model.addAttribute("given", requests.given(user));
        model.addAttribute("decides", user.hasAnyRole(Role.DAC_MEMBER));
        return "sharing/dac";
    }

    @PostMapping(CATALOGUE + "/requests/{id}/approval")
    String approve(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        return Forms.attempt(flash, CATALOGUE + "/dac", "Request " + id + " approved: the grant is active.", () -> {
            requests.approve(id, reason, user);
            return CATALOGUE + "/dac";
        });
    }

    @PostMapping(CATALOGUE + "/requests/{id}/rejection")
    String reject(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        return Forms.attempt(flash, CATALOGUE + "/dac", "Request " + id + " rejected.", () -> {
            requests.reject(id, reason, user);
            return CATALOGUE + "/dac";
        });
    }

    @PostMapping(CATALOGUE + "/grants/{id}/revocation")
    String revoke(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        return Forms.attempt(flash, CATALOGUE + "/dac", "Grant " + id + " revoked.", () -> {
            requests.revoke(id, reason, user);
            return CATALOGUE + "/dac";
        });
    }

    @GetMapping(CATALOGUE + "/grants")
    String grants(CurrentUser user, Model model) {
        model.addAttribute("grants", requests.myGrants(user));
        model.addAttribute("requests", requests.mine(user));
        return "sharing/grants";
    }

    @GetMapping(CATALOGUE + "/filings")
    String filings(CurrentUser user, Model model) {
        model.addAttribute("filings", hgr.filings(user));
        return "sharing/filings";
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a date (yyyy-MM-dd)");
        }
    }
}
