package org.genobay.shipments;

/** What the receiver found of one item: in order (it comes under the receiver), damaged, or not in the package. */
public enum ItemOutcome {
    OK,
    DAMAGED,
    MISSING
}
