package org.genobay.cli;

import java.nio.file.Path;

/** A file or directory named on the command line does not exist. Exit code 66. */
public final class MissingInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what what the path was meant to be, e.g. {@code input file} or {@code store directory} */
    public MissingInputException(String what, Path path) {
        super(what + " " + path + " does not exist");
    }
}
