package org.genobay.accounts;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal Spring Security keeps for a signed-in account; it carries the account's institution. */
class AccountDetails extends User {

    private static final long serialVersionUID = 1L;

    private final CurrentUser current;

    AccountDetails(CurrentUser current, String passwordHash, boolean enabled) {
        super(
                current.username(),
                passwordHash,
                enabled,
                true,
                true,
                true,
                current.roles().stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                        .toList());
        this.current = current;
    }

    CurrentUser current() {
        return current;
    }
}
