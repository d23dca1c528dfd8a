package org.genobay.hla;

import java.nio.file.Path;

/** A file of an IMGT/HLA release is not in the format this reader knows; the message names the file and line. */
public final class ImgtFormatException extends HlaException {
    private static final long serialVersionUID = 1L;

    public ImgtFormatException(Path file, int line, String problem) {
        super(file + ", line " + line + ": " + problem);
    }

    public ImgtFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
