package org.genobay.sharing;

import java.time.Instant;
import java.time.LocalDate;

/** An HGR approval/filing record of a dataset; {@code inForce} today (China Standard Time). */
public record FilingView(
        long id,
        long datasetId,
        String number,
        String scope,
        LocalDate issuedOn,
        LocalDate expiresOn,
        boolean inForce,
        Instant recordedAt,
        String recordedBy) {}
