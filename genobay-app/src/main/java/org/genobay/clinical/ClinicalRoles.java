package org.genobay.clinical;

import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;

/** Clinicians keep clinical data; biobank staff see it on the participant page; administrators do both. */
final class ClinicalRoles {

    private ClinicalRoles() {}

    static void requireRead(CurrentUser user, String action) {
        user.requireAnyRole(action, Role.CLINICIAN, Role.ADMINISTRATOR, Role.BIOBANK_STAFF);
    }

    static void requireWrite(CurrentUser user, String action) {
        user.requireAnyRole(action, Role.CLINICIAN, Role.ADMINISTRATOR);
    }

    static boolean canWrite(CurrentUser user) {
        return user.hasAnyRole(Role.CLINICIAN, Role.ADMINISTRATOR);
    }
}
