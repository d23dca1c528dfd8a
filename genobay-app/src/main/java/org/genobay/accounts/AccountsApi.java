package org.genobay.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "accounts", description = "who is signed in; institutions and accounts (administrators)")
class AccountsApi {

    private final Accounts accounts;

    AccountsApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account, its institution and roles")
    CurrentUser me(CurrentUser user) {
        return user;
    }

    /** {@code country}: ISO 3166-1 alpha-2; CN when left out. */
    record NewInstitution(String code, String name, String country) {}

    @PostMapping("/institutions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an institution (administrators)")
    Accounts.InstitutionView createInstitution(CurrentUser user, @RequestBody NewInstitution body) {
        user.requireAnyRole("create institutions", Role.ADMINISTRATOR);
        return accounts.createInstitution(
                body.code(), body.name(), body.country() == null ? Accounts.DEFAULT_COUNTRY : body.country());
    }

    @GetMapping("/institutions")
    @Operation(summary = "All institutions (administrators)")
    List<Accounts.InstitutionView> institutions(CurrentUser user) {
        user.requireAnyRole("list institutions", Role.ADMINISTRATOR);
        return accounts.institutions();
    }

    record AccountRequest(String username, String displayName, String password, long institutionId, Set<Role> roles) {}

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account in an institution (administrators)")
    Accounts.AccountView createAccount(CurrentUser user, @RequestBody AccountRequest body) {
        user.requireAnyRole("create accounts", Role.ADMINISTRATOR);
        CurrentUser created = accounts.createAccount(new NewAccount(
                body.username(), body.displayName(), body.password(), body.institutionId(), body.roles()));
        return accounts.account(created.accountId());
    }

    @GetMapping("/accounts")
    @Operation(summary = "All accounts (administrators)")
    List<Accounts.AccountView> accounts(CurrentUser user) {
        user.requireAnyRole("list accounts", Role.ADMINISTRATOR);
        return accounts.accounts();
    }
}
