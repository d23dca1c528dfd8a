package org.genobay.variants;

/**
 * Base of every failure the variant store reports. Each kind of failure has its own subclass, so the CLI can map it to an
 * exit code and the server to a problem type without parsing messages.
 */
public abstract class VariantStoreException extends RuntimeException {
    protected VariantStoreException(String message) {
        super(message);
    }

    protected VariantStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
