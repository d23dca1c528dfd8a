package org.genobay.cli.variants;

/**
 * Writes rows to the command's output as they come, so a large region never has to fit in memory. Nothing is written
 * before the first row, so a query that fails before it finds anything leaves stdout empty.
 */
interface RowWriter<T> {
    void write(T row);

    /** Ends the output (a header alone when there were no rows, the closing bracket of JSON) and flushes. */
    void finish();
}
