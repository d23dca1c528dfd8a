package org.genobay.donors;

/** Whether a donor can be asked to donate; only {@link #AVAILABLE} donors are search candidates. */
public enum DonorStatus {
    AVAILABLE,
    /** Not now (illness, pregnancy, travel), possibly until a date. */
    TEMPORARILY_UNAVAILABLE,
    /** For good: age limit, health, withdrawal. */
    RETIRED
}
