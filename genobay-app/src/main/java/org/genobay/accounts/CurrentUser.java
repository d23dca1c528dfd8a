package org.genobay.accounts;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.genobay.errors.ForbiddenException;

/** The signed-in user: who acts, for which institution, with which roles. */
public record CurrentUser(
        long accountId,
        String username,
        String displayName,
        long institutionId,
        String institutionName,
        Set<Role> roles) {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(institutionName, "institutionName");
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Throws unless the user has one of the roles; {@code action} completes "your roles do not allow you to …". */
    public void requireAnyRole(String action, Role... wanted) {
        if (!hasAnyRole(wanted)) {
            throw new ForbiddenException("your roles " + roles + " do not allow you to " + action + "; it needs one of "
                    + Arrays.toString(wanted));
        }
    }
}
