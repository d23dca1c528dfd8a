package org.genobay.biobank;

/** What a participant has agreed to. Without RESEARCH_USE nothing may be used, so withdrawing it flags every specimen. */
public enum ConsentScope {
    RESEARCH_USE,
    GENETIC_ANALYSIS,
    DATA_SHARING,
    EXPORT_ABROAD,
    RECONTACT
}
