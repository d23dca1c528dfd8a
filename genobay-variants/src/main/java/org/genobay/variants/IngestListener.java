package org.genobay.variants;

import java.nio.file.Path;

/** Progress of an ingest, for a progress bar. Called from the ingesting thread; keep it cheap. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {};

    /** @param compressedBytes the file's size on disk, or -1 when it is a stream */
    default void fileStarted(Path file, long compressedBytes) {}

    /** @param compressedBytesRead how far into the file (on disk) the reader is */
    default void progress(Path file, long compressedBytesRead, long records) {}

    default void fileFinished(Path file, long records) {}

    /** Called while files with the same variants are merged, after all files are read. */
    default void merging(String contig) {}
}
