package org.genobay.variants;

/** A dataset name that the store does not hold (or holds only as an unfinished ingest). */
public final class UnknownDatasetException extends VariantStoreException {
    public UnknownDatasetException(String store, String dataset) {
        super("store " + store + " has no dataset '" + dataset + "'");
    }
}
