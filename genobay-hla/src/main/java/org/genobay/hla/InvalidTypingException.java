package org.genobay.hla;

/** A typing cannot be parsed: bad GL string syntax, or a term that is no allele, group, code or antigen. */
public final class InvalidTypingException extends HlaException {
    private static final long serialVersionUID = 1L;

    public InvalidTypingException(String typing, String problem) {
        super("typing '" + typing + "': " + problem);
    }
}
