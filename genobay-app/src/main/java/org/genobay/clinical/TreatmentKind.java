package org.genobay.clinical;

/** What kind of treatment a participant received. */
public enum TreatmentKind {
    MEDICATION,
    SURGERY,
    RADIOTHERAPY,
    CHEMOTHERAPY,
    IMMUNOTHERAPY,
    TRANSPLANT,
    OTHER
}
