package org.genobay.variants;

import java.io.IOException;

/** Reading an input or writing the store failed at the operating-system level (disk full, permission, gone). */
public final class StoreIoException extends VariantStoreException {
    public StoreIoException(String what, IOException cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
