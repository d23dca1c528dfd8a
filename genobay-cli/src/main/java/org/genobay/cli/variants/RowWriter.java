package org.genobay.cli.variants;

/** Writes rows to the command's output as they come, so a large region never has to fit in memory. */
interface RowWriter<T> extends AutoCloseable {
    void write(T row);

    /** Ends the output (closes a JSON array) and flushes; does not close the underlying writer. */
    @Override
    void close();
}
