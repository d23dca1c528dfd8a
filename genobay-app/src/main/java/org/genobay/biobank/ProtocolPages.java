package org.genobay.biobank;

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

/** The collection protocols page: the institution's protocols, a new one, and one protocol to edit or retire. */
@Controller
class ProtocolPages {

    private final Protocols protocols;

    ProtocolPages(Protocols protocols) {
        this.protocols = protocols;
    }

    @GetMapping("/protocols")
    String list(CurrentUser user, Model model) {
        model.addAttribute("protocols", protocols.list(false, user));
        choices(model);
        return "biobank/protocols";
    }

    @PostMapping("/protocols")
    String create(
            CurrentUser user,
            @RequestParam String code,
            @RequestParam String title,
            @RequestParam Optional<String> description,
            @RequestParam(required = false) Set<SpecimenType> specimenTypes,
            @RequestParam(required = false) Set<ConsentScope> consentScopes,
            RedirectAttributes flash) {
        return Forms.attempt(flash, "/protocols", "Protocol defined.", () -> {
            NewProtocol details = new NewProtocol(code, title, description, specimenTypes, consentScopes);
            return "/protocols/" + protocols.create(details, user).code();
        });
    }

    @GetMapping("/protocols/{code}")
    String protocol(CurrentUser user, @PathVariable String code, Model model) {
        model.addAttribute("protocol", protocols.get(code, user));
        choices(model);
        return "biobank/protocol";
    }

    @PostMapping("/protocols/{code}")
    String update(
            CurrentUser user,
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam String title,
            @RequestParam Optional<String> description,
            @RequestParam(required = false) Set<SpecimenType> specimenTypes,
            @RequestParam(required = false) Set<ConsentScope> consentScopes,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes flash) {
        String back = "/protocols/" + code;
        return Forms.attempt(flash, back, "Saved.", () -> {
            NewProtocol details = new NewProtocol(code, title, description, specimenTypes, consentScopes);
            protocols.update(code, version, details, active, user);
            return back;
        });
    }

    private static void choices(Model model) {
        model.addAttribute("types", SpecimenType.values());
        model.addAttribute("scopes", ConsentScope.values());
    }
}
