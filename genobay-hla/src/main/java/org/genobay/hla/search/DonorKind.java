package org.genobay.hla.search;

/** What an index entry is: an adult volunteer donor or a banked cord-blood unit. */
public enum DonorKind {
    DONOR,
    CORD_BLOOD_UNIT
}
