package org.genobay.variants;

/**
 * How a user names one variant: {@code 22-16050075-A-G} (also {@code 22:16050075:A:G} or {@code chr22_16050075_A_G}),
 * or an ID from the VCF's ID column such as {@code rs587697622}.
 */
public sealed interface VariantKey {
    record ByAlleles(String chrom, int pos, String ref, String alt) implements VariantKey {
        @Override
        public String toString() {
            return chrom + "-" + pos + "-" + ref + "-" + alt;
        }
    }

    record ById(String id) implements VariantKey {
        @Override
        public String toString() {
            return id;
        }
    }

    static VariantKey parse(String text) {
        String t = text.strip();
        String[] parts = t.split("[-:_]");
        if (parts.length == 4) {
            try {
                return new ByAlleles(parts[0], Integer.parseInt(parts[1]), parts[2], parts[3]);
            } catch (NumberFormatException e) {
                throw new InvalidQueryException("variant '" + text + "': position '" + parts[1] + "' is not a number");
            }
        }
        if (t.isEmpty() || t.equals(".") || t.contains("\t") || t.contains(";")) {
            throw new InvalidQueryException("'" + text + "' is neither CHROM-POS-REF-ALT nor a variant ID");
        }
        return new ById(t);
    }
}
