package org.genobay.variants;

import java.util.Optional;

/** A VCF or BCF input breaks a rule the store relies on. The message names the file, the line and the field. */
public final class VcfFormatException extends VariantStoreException {
    private final String file;
    private final long line;
    private final String field;

    /**
     * @param file the input as the user named it
     * @param line 1-based line number in the (decompressed) text, or 0 when the problem is not on one line
     * @param field the VCF column or header key at fault, e.g. {@code POS}, {@code GT of sample NA12878}, or empty
     */
    public VcfFormatException(String file, long line, String field, String problem) {
        super(describe(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    private static String describe(String file, long line, String field, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(", line ").append(line);
        }
        if (field != null && !field.isEmpty()) {
            b.append(", field ").append(field);
        }
        return b.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** The 1-based line, empty when the failure is about the whole file (e.g. it is truncated). */
    public Optional<Long> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    public String field() {
        return field == null ? "" : field;
    }
}
