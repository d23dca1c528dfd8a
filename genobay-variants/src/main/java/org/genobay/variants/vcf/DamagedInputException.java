package org.genobay.variants.vcf;

import java.io.IOException;

/** Compressed input that cannot be inflated: truncated, or corrupt. A fault of the input, not of the disk. */
final class DamagedInputException extends IOException {
    DamagedInputException(String message) {
        super(message);
    }
}
