package org.genobay.clinical;

/** Whether the participant was alive at the last follow-up. */
public enum VitalStatus {
    ALIVE,
    DECEASED,
    UNKNOWN
}
