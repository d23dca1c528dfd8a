package org.genobay.variants;

/** Another ingest into the same dataset is running (in this or another process). */
public final class DatasetBusyException extends VariantStoreException {
    public DatasetBusyException(String dataset) {
        super("another ingest into dataset '" + dataset + "' is running; try again when it has finished");
    }
}
