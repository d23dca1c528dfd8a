package org.genobay.omics;

/** Where a variant dataset is on its way into the store. */
public enum DatasetStatus {
    /** Recorded; its ingest job waits for a free worker. */
    REGISTERED,
    /** The job is reading the files; progress counts the records read. */
    INGESTING,
    /** Committed to the store: queries answer. */
    READY,
    /** The ingest stopped; the error names file, line and field, and the store holds nothing of it. */
    FAILED;

    boolean running() {
        return this == REGISTERED || this == INGESTING;
    }
}
