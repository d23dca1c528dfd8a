package org.genobay.accounts;

/** What a user may do. A user has one or more roles, all within one institution. */
public enum Role {
    ADMINISTRATOR,
    BIOBANK_STAFF,
    CLINICIAN,
    RESEARCHER,
    DAC_MEMBER,
    LAB_CURATOR
}
