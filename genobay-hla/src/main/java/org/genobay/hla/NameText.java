package org.genobay.hla;

/**
 * Operations on allele names kept as text ({@code A*01:01:01:02N}, always without {@code HLA-}), which is how the
 * release stores them: lookups by string are what make reductions fast.
 */
final class NameText {
    private NameText() {}

    /**
     * Whether the text is an allele name ({@code LOCUS*F[:F...][suffix]}, 1 to 4 fields of 1 to 4 digits) without
     * the {@code HLA-} prefix; a hand-written scan, as the release reader checks some 200,000 names.
     */
    static boolean isAlleleName(String s) {
        int star = s.indexOf('*');
        if (star < 1 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < star; i++) {
            char c = s.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        int end = s.length();
        if (end > star + 1 && AlleleName.EXPRESSION_SUFFIXES.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        int fields = 0;
        int digits = 0;
        for (int i = star + 1; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 4) {
                    return false;
                }
            } else if (c == ':' && digits > 0) {
                fields++;
                digits = 0;
            } else {
                return false;
            }
        }
        return digits > 0 && fields < 4;
    }

    /** For readers of release files: the message becomes part of an {@link ImgtFormatException}. */
    static void requireAlleleName(String s) {
        if (!isAlleleName(s)) {
            throw new IllegalArgumentException("not an allele name: '" + s + "'");
        }
    }

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
