package org.genobay.accounts;

import java.util.Set;
import java.util.regex.Pattern;
import org.genobay.errors.InvalidInputException;

/** An account to create: checked here, so that no bad account reaches the database. */
public record NewAccount(String username, String displayName, String password, long institutionId, Set<Role> roles) {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public NewAccount {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(
                    "username",
                    "username '" + username + "' must be 3 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidInputException("displayName", "displayName must be 1 to 200 characters");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "password", "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "an account needs at least one role");
        }
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", institutionId=" + institutionId + ", roles=" + roles + "]";
    }
}
