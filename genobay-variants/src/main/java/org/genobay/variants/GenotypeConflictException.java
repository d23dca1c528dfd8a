package org.genobay.variants;

/** Two inputs of one dataset give different genotypes for the same sample at the same variant. */
public final class GenotypeConflictException extends VariantStoreException {
    public GenotypeConflictException(String sample, String variant, String firstFile, String secondFile) {
        super("sample '" + sample + "' has different genotypes for variant " + variant + " in " + firstFile + " and "
                + secondFile);
    }
}
