package org.genobay.hla.probability;

import org.genobay.hla.HlaException;

/** A haplotype frequency file cannot be read as one; the message names the file, the line and the field. */
public final class FrequencyFormatException extends HlaException {
    private static final long serialVersionUID = 1L;

    public FrequencyFormatException(String source, int line, String field, String problem) {
        super(source + ", line " + line + ", field " + field + ": " + problem);
    }

    public FrequencyFormatException(String source, String problem) {
        super(source + ": " + problem);
    }
}
