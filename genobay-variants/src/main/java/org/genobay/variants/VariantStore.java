package org.genobay.variants;

import java.nio.file.Path;
import java.util.List;

/**
 * A directory of datasets. Opening is cheap; datasets are memory-mapped when first used. Ingests commit by switching a
 * manifest atomically, so a reader (or a crash) never sees a half-written dataset.
 *
 * <p>Layout: {@code DIR/datasets/NAME/MANIFEST} names the committed segment files of dataset NAME; files in that folder
 * that no manifest names belong to an unfinished ingest and are removed by the next ingest.
 */
public final class VariantStore implements AutoCloseable {
    private final Path root;

    private VariantStore(Path root) {
        this.root = root;
    }

    /** Opens (and creates, if missing) the store in this directory. */
    public static VariantStore open(Path directory) {
        throw new UnsupportedOperationException("not yet");
    }

    public Path root() {
        return root;
    }

    /** Names of the committed datasets, sorted. */
    public List<String> datasets() {
        throw new UnsupportedOperationException("not yet");
    }

    /** @throws UnknownDatasetException if no committed dataset has this name */
    public Dataset dataset(String name) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Reads the files into a new dataset and commits it. On any failure nothing of the new dataset stays visible (an
     * existing dataset being replaced stays as it was).
     */
    public IngestSummary ingest(IngestRequest request, IngestListener listener) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {}
}
