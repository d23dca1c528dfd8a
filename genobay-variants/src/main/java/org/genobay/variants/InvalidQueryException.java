package org.genobay.variants;

/** A query argument is malformed: a region like {@code 22:200-100}, a variant key without an allele, and so on. */
public final class InvalidQueryException extends VariantStoreException {
    public InvalidQueryException(String problem) {
        super(problem);
    }
}
