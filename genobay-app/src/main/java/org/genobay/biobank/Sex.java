package org.genobay.biobank;

public enum Sex {
    FEMALE,
    MALE,
    UNKNOWN
}
