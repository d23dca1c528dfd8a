package org.genobay.cli;

import java.nio.file.Path;

/** A line of a sample list file ({@code --samples}, {@code --cases}, {@code --controls}) is wrong. Exit code 64. */
public final class SampleListException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param line 1-based line number, or 0 when the problem is with the whole file */
    public SampleListException(Path file, int line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
    }
}
