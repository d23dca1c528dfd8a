package org.genobay.variants.vcf;

import java.util.Optional;

/**
 * The ID, REF and ALT rules shared by {@link VcfRecordParser} and {@link BcfRecordParser}. Each check returns the
 * problem, worded for the error message, or empty when the value is sound.
 */
final class AlleleSyntax {
    private AlleleSyntax() {}

    static Optional<String> id(String id) {
        if (id.isEmpty()) {
            return Optional.of("empty (use '.' for no ID)");
        }
        char previous = ';';
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isWhitespace(c)) {
                return Optional.of("'" + id + "' holds whitespace");
            }
            if (c == ';' && previous == ';') {
                return Optional.of("'" + id + "' has an empty ID in its ';'-separated list");
            }
            previous = c;
        }
        if (previous == ';') {
            return Optional.of("'" + id + "' has an empty ID in its ';'-separated list");
        }
        return Optional.empty();
    }

    static Optional<String> ref(String ref) {
        if (ref.isEmpty()) {
            return Optional.of("empty");
        }
        for (int i = 0; i < ref.length(); i++) {
            if (!isBase(ref.charAt(i))) {
                return Optional.of("'" + ref + "' holds '" + ref.charAt(i) + "'; REF must be bases A, C, G, T or N");
            }
        }
        return Optional.empty();
    }

    static Optional<String> alt(String alt) {
        if (alt.isEmpty()) {
            return Optional.of("empty allele in the ALT list");
        }
        if (alt.equals("*") || alt.equals("<*>")) {
            return Optional.empty();
        }
        if (alt.charAt(0) == '<') {
            if (alt.length() < 3
                    || alt.charAt(alt.length() - 1) != '>'
                    || alt.indexOf('>') != alt.length() - 1
                    || alt.indexOf('<', 1) >= 0) {
                return Optional.of("symbolic allele '" + alt + "' must be <ID> with no angle brackets inside");
            }
            return Optional.empty();
        }
        if (alt.indexOf('[') >= 0 || alt.indexOf(']') >= 0) {
            return breakend(alt);
        }
        int from = alt.charAt(0) == '.' ? 1 : 0;
        int to = alt.length() > 1 && alt.charAt(alt.length() - 1) == '.' ? alt.length() - 1 : alt.length();
        if (from == to || from == 1 && to == alt.length() - 1) {
            return Optional.of("'" + alt + "' is not an allele");
        }
        for (int i = from; i < to; i++) {
            if (!isBase(alt.charAt(i))) {
                return Optional.of("'" + alt + "' holds '" + alt.charAt(i)
                        + "'; an allele is bases A, C, G, T, N, '*', a symbolic <ID> or a breakend");
            }
        }
        return Optional.empty();
    }

    /** Breakends: t[p[, t]p], ]p]t, [p[t with p = chrom:pos (or <contig>:pos). */
    private static Optional<String> breakend(String alt) {
        char open = alt.indexOf('[') >= 0 ? '[' : ']';
        int first = alt.indexOf(open);
        int second = alt.indexOf(open, first + 1);
        Optional<String> shape = Optional.of("breakend '" + alt + "' must be t[p[, t]p], ]p]t or [p[t");
        if (second < 0 || alt.indexOf(open == '[' ? ']' : '[') >= 0 || alt.indexOf(open, second + 1) >= 0) {
            return shape;
        }
        String mate = alt.substring(first + 1, second);
        int colon = mate.lastIndexOf(':');
        if (colon <= 0
                || colon == mate.length() - 1
                || !mate.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            return Optional.of("breakend '" + alt + "' has mate position '" + mate + "', expected chrom:pos");
        }
        String bases = first == 0 ? alt.substring(second + 1) : alt.substring(0, first);
        if (bases.isEmpty() || (first != 0 && second != alt.length() - 1)) {
            return shape;
        }
        for (int i = 0; i < bases.length(); i++) {
            if (!isBase(bases.charAt(i)) && bases.charAt(i) != '.') {
                return Optional.of("breakend '" + alt + "' holds '" + bases.charAt(i) + "'");
            }
        }
        return Optional.empty();
    }

    private static boolean isBase(char c) {
        return switch (c) {
            case 'A', 'C', 'G', 'T', 'N', 'a', 'c', 'g', 't', 'n' -> true;
            default -> false;
        };
    }
}
