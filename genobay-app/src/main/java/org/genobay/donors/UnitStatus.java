package org.genobay.donors;

/** Where a cord-blood unit is in the bank's life; only {@link #RELEASED} units are search candidates. */
public enum UnitStatus {
    /** Collected and frozen; tests and counts not yet cleared. */
    QUARANTINE,
    /** Cleared for clinical use and listed. */
    RELEASED,
    /** Held for a patient. */
    RESERVED,
    SHIPPED,
    DISCARDED
}
