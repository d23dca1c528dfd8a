package org.genobay.variants;

/** A committed file of the store cannot be read as written: damaged on disk, truncated, or from another version. */
public final class StoreCorruptedException extends VariantStoreException {
    public StoreCorruptedException(String file, String problem) {
        super(file + ": " + problem);
    }

    public StoreCorruptedException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
