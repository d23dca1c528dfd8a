package org.genobay.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.genobay.biobank.ConsentScope;

/** A grant as its holder and the owner's committee see it; {@code state} is ACTIVE, EXPIRED or REVOKED now. */
public record GrantView(
        long id,
        long requestId,
        SharedDataset dataset,
        String grantee,
        long granteeInstitutionId,
        List<ConsentScope> scopes,
        Instant grantedAt,
        String grantedBy,
        Instant expiresAt,
        String state,
        Optional<Instant> revokedAt,
        Optional<String> revokedBy,
        Optional<String> revokeReason) {}
