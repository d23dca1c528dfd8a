package org.genobay.bench.synth;

/** The source panel cannot be used: not a phased, single-contig VCF. The message names the file, line and field. */
public final class InvalidSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidSourceException(String file, long line, String problem) {
        super(line > 0 ? file + ", line " + line + ": " + problem : file + ": " + problem);
    }
}
