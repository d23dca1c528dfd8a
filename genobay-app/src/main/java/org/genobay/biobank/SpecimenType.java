package org.genobay.biobank;

public enum SpecimenType {
    WHOLE_BLOOD,
    CORD_BLOOD,
    PLASMA,
    SERUM,
    BUFFY_COAT,
    PBMC,
    DNA,
    RNA,
    TISSUE_FROZEN,
    TISSUE_FFPE,
    SALIVA,
    URINE
}
