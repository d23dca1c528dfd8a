package org.genobay.biobank;

import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;

/** Who may read and who may change biobank records. Researchers see biobank data only through sharing, later. */
final class BiobankRoles {

    private BiobankRoles() {}

    static void requireRead(CurrentUser user, String action) {
        user.requireAnyRole(action, Role.BIOBANK_STAFF, Role.ADMINISTRATOR, Role.CLINICIAN);
    }

    static void requireWrite(CurrentUser user, String action) {
        user.requireAnyRole(action, Role.BIOBANK_STAFF, Role.ADMINISTRATOR);
    }
}
