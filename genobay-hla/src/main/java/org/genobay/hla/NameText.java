package org.genobay.hla;

/**
 * Operations on allele names kept as text ({@code A*01:01:01:02N}, always without {@code HLA-}), which is how the
 * release stores them: lookups by string are what make reductions fast.
 */
final class NameText {
    private NameText() {}

    static boolean hasExpression(String name) {
        return !name.isEmpty() && AlleleName.EXPRESSION_SUFFIXES.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    static int fieldCount(String name) {
        int count = 1;
        for (int i = name.indexOf('*'); i >= 0 && i < name.length(); i++) {
            if (name.charAt(i) == ':') {
                count++;
            }
        }
        return count;
    }

    /**
     * The first {@code n} fields. The expression suffix goes with the fields it followed: kept when nothing is cut
     * ({@code A*43:02N} stays), dropped when fields are ({@code A*01:01:01:02N} to two fields is {@code A*01:01}).
     */
    static String truncate(String name, int n) {
        int colons = 0;
        int star = name.indexOf('*');
        for (int i = Math.max(star, 0); i < name.length(); i++) {
            if (name.charAt(i) == ':' && ++colons == n) {
                return name.substring(0, i);
            }
        }
        return name;
    }

    /** Like {@link #truncate} but keeps the suffix on the shorter name: {@code A*01:04:01:01N} to {@code A*01:04N}. */
    static String truncateKeepingExpression(String name, int n) {
        String cut = truncate(name, n);
        if (cut.length() < name.length() && hasExpression(name)) {
            return cut + name.charAt(name.length() - 1);
        }
        return cut;
    }

    static String locus(String name) {
        int star = name.indexOf('*');
        return star < 0 ? name : name.substring(0, star);
    }

    static String withoutExpression(String name) {
        return hasExpression(name) ? name.substring(0, name.length() - 1) : name;
    }
}
