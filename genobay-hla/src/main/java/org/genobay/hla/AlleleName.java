package org.genobay.hla;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An allele name in WHO nomenclature, {@code A*01:01:01:02N}: a locus, one to four numeric fields, and an optional
 * expression suffix (N, L, S, Q, C or A). The name says nothing about whether a release knows it.
 *
 * @param locus the locus without {@code HLA-} and {@code *}, e.g. {@code A} or {@code DRB1}
 * @param fields one to four fields of digits, e.g. {@code [01, 01, 01, 02]}
 * @param expression the expression suffix, or the empty string
 */
public record AlleleName(String locus, List<String> fields, String expression) {
    static final String EXPRESSION_SUFFIXES = "NLSQCA";
    private static final Pattern NAME =
            Pattern.compile("(?:HLA-)?([A-Z][A-Z0-9]*)\\*(\\d{1,4}(?::\\d{1,4}){0,3})([NLSQCA]?)");
    private static final Pattern LOCUS = Pattern.compile("[A-Z][A-Z0-9]*");
    private static final Pattern FIELD = Pattern.compile("\\d{1,4}");

    public AlleleName {
        if (!LOCUS.matcher(locus).matches()) {
            throw new IllegalArgumentException("not an HLA locus: '" + locus + "'");
        }
        fields = List.copyOf(fields);
        if (fields.isEmpty() || fields.size() > 4) {
            throw new IllegalArgumentException(
                    "an allele name has 1 to 4 fields, not " + fields.size() + ": " + fields);
        }
        for (String field : fields) {
            if (!FIELD.matcher(field).matches()) {
                throw new IllegalArgumentException("allele field '" + field + "' is not 1 to 4 digits");
            }
        }
        if (expression.length() > 1 || (expression.length() == 1 && EXPRESSION_SUFFIXES.indexOf(expression) < 0)) {
            throw new IllegalArgumentException(
                    "expression suffix '" + expression + "' is not one of " + EXPRESSION_SUFFIXES);
        }
    }

    /** Parses {@code A*01:01}, {@code HLA-DRB1*15:01:01:01} or {@code B*44:02:01:02S}; throws on anything else. */
    public static AlleleName parse(String text) {
        Matcher m = NAME.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an allele name: '" + text + "'");
        }
        return new AlleleName(m.group(1), List.of(m.group(2).split(":")), m.group(3));
    }

    /** Whether {@code text} has the form of an allele name (locus, {@code *}, fields, optional suffix). */
    public static boolean looksLikeAllele(String text) {
        return NAME.matcher(text).matches();
    }

    /** The first {@code n} fields, without the expression suffix (which belongs to the full name). */
    public AlleleName truncate(int n) {
        if (n >= fields.size()) {
            return this;
        }
        return new AlleleName(locus, fields.subList(0, n), "");
    }

    public int fieldCount() {
        return fields.size();
    }

    @Override
    public String toString() {
        return locus + "*" + String.join(":", fields) + expression;
    }
}
