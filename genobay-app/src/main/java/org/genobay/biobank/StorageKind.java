package org.genobay.biobank;

import java.util.Set;

/** Freezer → rack → box; a box may also stand directly in a freezer (on a shelf). */
public enum StorageKind {
    FREEZER,
    RACK,
    BOX;

    Set<StorageKind> allowedParents() {
        return switch (this) {
            case FREEZER -> Set.of();
            case RACK -> Set.of(FREEZER);
            case BOX -> Set.of(RACK, FREEZER);
        };
    }
}
