package org.genobay.variants.vcf;

/**
 * A bad data line found by a parsing thread, which knows only the line's place within its chunk; the ingesting thread
 * turns it into a {@link org.genobay.variants.VcfFormatException} with the absolute line number.
 */
final class ChunkParseException extends RuntimeException {
    final int lineInChunk;
    final String field;

    ChunkParseException(int lineInChunk, String field, String problem) {
        super(problem, null, false, false);
        this.lineInChunk = lineInChunk;
        this.field = field;
    }
}
