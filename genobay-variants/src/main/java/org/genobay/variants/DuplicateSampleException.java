package org.genobay.variants;

/** The same sample ID appears twice in one input's header (or twice in one cohort list). */
public final class DuplicateSampleException extends VariantStoreException {
    public DuplicateSampleException(String where, String sample) {
        super(where + ": sample '" + sample + "' appears more than once");
    }
}
