package org.genobay.donors;

import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;

/**
 * There is no stem-cell bank role: bank staff keep donors and units as biobank staff do specimens, and transplant
 * coordinators, who search, are clinicians.
 */
final class DonorRoles {

    private DonorRoles() {}

    static void requireRead(CurrentUser user, String action) {
        user.requireAnyRole(action, Role.BIOBANK_STAFF, Role.CLINICIAN, Role.ADMINISTRATOR);
    }

    static void requireWrite(CurrentUser user, String action) {
        user.requireAnyRole(action, Role.BIOBANK_STAFF, Role.ADMINISTRATOR);
    }

    static boolean canWrite(CurrentUser user) {
        return user.hasAnyRole(Role.BIOBANK_STAFF, Role.ADMINISTRATOR);
    }
}
