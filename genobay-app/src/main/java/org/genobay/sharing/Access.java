package org.genobay.sharing;

import java.time.Instant;
import java.util.Optional;

/**
 * What one user may learn from one dataset now.
 *
 * @param granularity the most the user may be told; answer a request for more with this (downgrade), never more
 * @param basis why: the user's institution owns it, a grant, or the dataset's security level alone
 * @param grantId the grant that gives {@link Granularity#RECORD}, when that is the basis
 * @param grantExpiresAt when that grant stops
 */
public record Access(
        SharedDataset dataset,
        Granularity granularity,
        Basis basis,
        Optional<Long> grantId,
        Optional<Instant> grantExpiresAt) {

    /** Why a user has the access they have. */
    public enum Basis {
        /** The user's institution owns the dataset and sees its own records. */
        OWNER,
        /** An active grant of the user's (not expired, not revoked; under an HGR filing in force where needed). */
        GRANT,
        /** No grant: what the security level gives everyone signed in, or anyone at all. */
        SECURITY_LEVEL
    }

    public long datasetId() {
        return dataset.id();
    }
}
