package org.genobay.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.genobay.biobank.ConsentScope;

/** A data access request; {@code grantId} once approved. */
public record RequestView(
        long id,
        SharedDataset dataset,
        String requester,
        Owner requesterInstitution,
        String purpose,
        List<ConsentScope> scopes,
        int durationDays,
        String status,
        Instant submittedAt,
        Optional<Instant> decidedAt,
        Optional<String> decidedBy,
        Optional<String> decisionReason,
        Optional<Long> grantId) {}
