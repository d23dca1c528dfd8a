package org.genobay.variants;

/** An ingest would overwrite a dataset that already exists, and the caller did not ask to replace it. */
public final class DatasetExistsException extends VariantStoreException {
    public DatasetExistsException(String store, String dataset) {
        super("store " + store + " already has a dataset '" + dataset
                + "' (ask to replace it, or choose another name)");
    }
}
