package org.genobay.hla;

/** The IMGT/HLA release that was asked for is not in the directory named, or a file it needs is missing. */
public final class ReleaseNotFoundException extends HlaException {
    private static final long serialVersionUID = 1L;

    public ReleaseNotFoundException(String message) {
        super(message);
    }
}
