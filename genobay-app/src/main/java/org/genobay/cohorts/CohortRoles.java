package org.genobay.cohorts;

import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;

/** Researchers build cohorts; clinicians, biobank staff and administrators too, over what they may count. */
final class CohortRoles {

    private CohortRoles() {}

    static void requireUse(CurrentUser user, String action) {
        user.requireAnyRole(action, Role.RESEARCHER, Role.CLINICIAN, Role.BIOBANK_STAFF, Role.ADMINISTRATOR);
    }
}
