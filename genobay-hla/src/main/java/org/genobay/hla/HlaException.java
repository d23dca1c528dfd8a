package org.genobay.hla;

/** Base of the HLA engine's failures; each kind of failure is its own subclass, so callers map them to codes. */
public abstract class HlaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected HlaException(String message) {
        super(message);
    }

    protected HlaException(String message, Throwable cause) {
        super(message, cause);
    }
}
