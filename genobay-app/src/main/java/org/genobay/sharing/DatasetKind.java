package org.genobay.sharing;

/** What a shared dataset holds: the owner's clinical records, its specimens, or one variant dataset of omics. */
public enum DatasetKind {
    CLINICAL,
    SPECIMEN,
    VARIANT
}
