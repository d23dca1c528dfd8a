package org.genobay.clinical;

/** A terminology file that cannot be read; the message names the file and the line. */
final class MalformedTerminologyException extends RuntimeException {

    MalformedTerminologyException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }

    MalformedTerminologyException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }
}
