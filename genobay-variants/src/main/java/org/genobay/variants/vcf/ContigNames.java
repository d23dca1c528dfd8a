package org.genobay.variants.vcf;

/**
 * The contig-name rule of VCF 4.3 (section 1.4.7, shared with SAM): printable ASCII except {@code \ , " ' ( ) [ ] { } <
 * >}, not starting with {@code *} or {@code =}, i.e. {@code [0-9A-Za-z!#$%&+./:;?@^_|~-][0-9A-Za-z!#$%&*+./:;=?@^_|~-]*}.
 * Colons and non-initial {@code *} are allowed, so GRCh38's {@code HLA-A*01:01:01:01} is a contig name (hts-specs
 * relaxed the older ban on colons for all VCF versions). A CHROM may also be {@code <ID>}, a contig of the assembly
 * file (VCF 4.1 and 4.2), with ID following the same rule.
 */
final class ContigNames {
    private ContigNames() {}

    /** Why {@code name} is not a contig name, or null when it is one. */
    static String problem(String name, boolean angleBracketed) {
        if (name.isEmpty()) {
            return "the name is empty";
        }
        if (angleBracketed && name.length() > 2 && name.charAt(0) == '<' && name.charAt(name.length() - 1) == '>') {
            String inner = problem(name.substring(1, name.length() - 1), false);
            return inner == null ? null : "'" + name + "' is not <ID> with a valid ID: " + inner;
        }
        char first = name.charAt(0);
        if (first == '*' || first == '=') {
            return "'" + name + "' starts with '" + first + "'";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c > '~') {
                return "'" + name + "' holds whitespace or a character that is not printable ASCII";
            }
            switch (c) {
                case '\\', ',', '"', '\'', '(', ')', '[', ']', '{', '}', '<', '>' -> {
                    return "'" + name + "' holds '" + c + "'"
                            + (c == '<' ? " (an assembly contig is written <ID>)" : "");
                }
                default -> {}
            }
        }
        return null;
    }
}
