package org.genobay.sharing;

import java.time.LocalDate;
import org.genobay.errors.InvalidInputException;

/** An HGR approval/filing record: its number, what it covers, the day it was issued and the day it expires. */
record NewFiling(String number, String scope, LocalDate issuedOn, LocalDate expiresOn) {

    NewFiling {
        number = Texts.required("number", number, 1, 64);
        scope = Texts.required("scope", scope, 1, 500);
        if (issuedOn == null) {
            throw new InvalidInputException("issuedOn", "issuedOn is required (yyyy-MM-dd)");
        }
        if (expiresOn == null) {
            throw new InvalidInputException("expiresOn", "expiresOn is required (yyyy-MM-dd)");
        }
        if (expiresOn.isBefore(issuedOn)) {
            throw new InvalidInputException("expiresOn", "expiresOn " + expiresOn + " is before issuedOn " + issuedOn);
        }
    }
}
