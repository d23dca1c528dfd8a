package org.genobay.sharing;

import java.util.Set;
import org.genobay.biobank.ConsentScope;
import org.genobay.errors.InvalidInputException;

/**
 * A researcher's data access request: why, which consent scopes the use needs (RESEARCH_USE is added: every use
 * needs it) and for how many days.
 */
record NewRequest(String purpose, Set<ConsentScope> scopes, int durationDays) {

    static final int MAX_DAYS = 1095;

    NewRequest {
        purpose = Texts.required("purpose", purpose, 20, 2000);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        if (durationDays < 1 || durationDays > MAX_DAYS) {
            throw new InvalidInputException(
                    "durationDays",
                    "durationDays " + durationDays + " must be 1 to " + MAX_DAYS + " days (three years)");
        }
    }
}
