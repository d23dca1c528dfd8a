package org.genobay.omics;

import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;

/**
 * Who may use variant datasets: researchers and bioinformaticians first, and the biobank and clinical staff who link
 * samples to participants. Data access committees and lab curators work through their own systems.
 */
final class OmicsRoles {

    private OmicsRoles() {}

    static void requireRead(CurrentUser user, String action) {
        user.requireAnyRole(action, Role.RESEARCHER, Role.CLINICIAN, Role.BIOBANK_STAFF, Role.ADMINISTRATOR);
    }

    static void requireWrite(CurrentUser user, String action) {
        user.requireAnyRole(action, Role.RESEARCHER, Role.BIOBANK_STAFF, Role.ADMINISTRATOR);
    }
}
