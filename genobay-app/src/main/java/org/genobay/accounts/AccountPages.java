package org.genobay.accounts;

import java.util.Set;
import org.genobay.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page: institutions and accounts. */
@Controller
class AccountPages {

    private static final String PAGE = "/admin/accounts";

    private final Accounts accounts;

    AccountPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PAGE)
    String page(CurrentUser user, Model model) {
        user.requireAnyRole("manage accounts", Role.ADMINISTRATOR);
        model.addAttribute("institutions", accounts.institutions());
        model.addAttribute("accounts", accounts.accounts());
        model.addAttribute("roles", Role.values());
        model.addAttribute("minLength", NewAccount.MIN_PASSWORD_LENGTH);
        return "accounts/admin";
    }

    @PostMapping(PAGE + "/institutions")
    String createInstitution(
            CurrentUser user,
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam(defaultValue = Accounts.DEFAULT_COUNTRY) String country,
            RedirectAttributes flash) {
        return Forms.attempt(flash, PAGE, "Institution " + code + " created.", () -> {
            user.requireAnyRole("create institutions", Role.ADMINISTRATOR);
            accounts.createInstitution(code, name, country);
            return PAGE;
        });
    }

    @PostMapping(PAGE)
    String createAccount(
            CurrentUser user,
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam String password,
            @RequestParam long institutionId,
            @RequestParam(required = false) Set<Role> roles,
            RedirectAttributes flash) {
        return Forms.attempt(flash, PAGE, "Account " + username + " created.", () -> {
            user.requireAnyRole("create accounts", Role.ADMINISTRATOR);
            accounts.createAccount(
                    new NewAccount(username, displayName, password, institutionId, roles == null ? Set.of() : roles));
            return PAGE;
        });
    }
}
