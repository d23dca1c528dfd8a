package org.genobay.hla;

import java.nio.file.Path;

/** A file of NMDP multiple allele codes is not in a layout this reader knows; the message names file and line. */
public final class MacFormatException extends HlaException {
    private static final long serialVersionUID = 1L;

    public MacFormatException(Path file, int line, String problem) {
        super(file + ", line " + line + ": " + problem);
    }
}
