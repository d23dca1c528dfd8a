package org.genobay.sharing;

import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/**
 * An owner's release (export) of a dataset: to an institution of the platform, or to a recipient outside it named with
 * its country; under an HGR filing when the dataset is HGR and leaves the country.
 */
record NewRelease(
        Optional<Long> recipientInstitutionId,
        String recipient,
        Optional<String> country,
        String purpose,
        Optional<Long> filingId) {

    NewRelease {
        recipientInstitutionId = recipientInstitutionId == null ? Optional.empty() : recipientInstitutionId;
        country = country == null ? Optional.empty() : country.filter(c -> !c.isBlank());
        filingId = filingId == null ? Optional.empty() : filingId;
        if (recipientInstitutionId.isEmpty()) {
            recipient = Texts.required("recipient", recipient, 1, 200);
            if (country.isEmpty() || !country.get().matches("[A-Z]{2}")) {
                throw new InvalidInputException(
                        "country",
                        "country '" + country.orElse("") + "' must be the recipient's ISO 3166-1 alpha-2 code (CN, DE…)"
                                + " when no recipientInstitutionId is given");
            }
        } else {
            recipient = Texts.optional("recipient", recipient, 200);
        }
        purpose = Texts.required("purpose", purpose, 10, 2000);
    }
}
