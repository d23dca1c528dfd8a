package org.genobay.hla;

import java.util.Optional;

/**
 * A typing names an allele, group or code that the release does not have, or an allele that was deleted or renamed;
 * for those, {@link #currentName()} is the name that {@code hla_nom.txt} gives as identical, when it gives one.
 */
public final class UnknownAlleleException extends HlaException {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String currentName;

    public UnknownAlleleException(String name, String message, Optional<String> currentName) {
        super(message);
        this.name = name;
        this.currentName = currentName.orElse(null);
    }

    /** The name as it was typed. */
    public String name() {
        return name;
    }

    public Optional<String> currentName() {
        return Optional.ofNullable(currentName);
    }
}
