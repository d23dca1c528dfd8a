package org.genobay.sharing;

/** How much a user may learn from a dataset, least first (the Beacon v2 granularities, plus none). */
public enum Granularity {
    /** Nothing: not even whether it has matches. */
    NONE,
    /** Whether it has matches, yes or no. */
    BOOLEAN,
    /** Aggregate counts. */
    COUNT,
    /** Records of the participants a {@link Reach} names. */
    RECORD;

    /** Whether this granularity answers a request for {@code wanted}. */
    public boolean allows(Granularity wanted) {
        return compareTo(wanted) >= 0;
    }

    /** The lesser of the two: a requested granularity downgraded to what is allowed. */
    public Granularity atMost(Granularity allowed) {
        return compareTo(allowed) <= 0 ? this : allowed;
    }
}
