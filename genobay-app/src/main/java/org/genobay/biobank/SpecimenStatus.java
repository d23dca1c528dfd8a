package org.genobay.biobank;

import java.util.Set;

/** Where a specimen is in its life; {@link #canBecome} holds the allowed transitions. */
public enum SpecimenStatus {
    AVAILABLE,
    RESERVED,
    CONSUMED,
    SHIPPED,
    DISPOSED;

    public boolean canBecome(SpecimenStatus next) {
        return next(this).contains(next);
    }

    static Set<SpecimenStatus> next(SpecimenStatus status) {
        return switch (status) {
            case AVAILABLE -> Set.of(RESERVED, CONSUMED, SHIPPED, DISPOSED);
            case RESERVED -> Set.of(AVAILABLE, CONSUMED, SHIPPED, DISPOSED);
                // An empty tube still has to be thrown away; a shipped one belongs to the receiver now.
            case CONSUMED -> Set.of(DISPOSED);
            case SHIPPED, DISPOSED -> Set.of();
        };
    }

    /** Whether a specimen in this status still occupies a place in storage. */
    boolean isHeld() {
        return this == AVAILABLE || this == RESERVED;
    }
}
