package org.genobay.cli.hla;

import java.nio.file.Path;

/** A line of a donor file cannot be read or indexed; the message names the file and the line. Exit code 65. */
public final class DonorFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DonorFileException(Path file, int line, String problem) {
        super(file + " line " + line + ": " + problem);
    }
}
