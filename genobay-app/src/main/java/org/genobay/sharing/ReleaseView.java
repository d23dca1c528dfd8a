package org.genobay.sharing;

import java.time.Instant;
import java.util.Optional;

/** A recorded release of a dataset: to whom, in which country, why, under which HGR filing and grant. */
public record ReleaseView(
        long id,
        long datasetId,
        Instant releasedAt,
        String releasedBy,
        String recipient,
        Optional<Long> recipientInstitutionId,
        String recipientCountry,
        boolean abroad,
        String purpose,
        Optional<Long> filingId,
        Optional<Long> grantId) {}
