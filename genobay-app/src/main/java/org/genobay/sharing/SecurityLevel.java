package org.genobay.sharing;

/** How much of a dataset anyone without a grant sees. The owning institution and grantees see records. */
public enum SecurityLevel {
    /** Aggregate counts for anyone, signed in or not. */
    PUBLIC,
    /** Aggregate counts for signed-in users. */
    REGISTERED,
    /** Records only with a grant; signed-in users learn whether it has matches (boolean), nothing more. */
    CONTROLLED
}
