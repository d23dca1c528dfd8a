package org.genobay.donors;

/** What a search looks at: registry donors, cord-blood units, or both. */
public enum CandidateKind {
    DONOR,
    UNIT
}
