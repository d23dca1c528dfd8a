package org.genobay.hla;

import java.util.Comparator;

/**
 * The order in which reduced typings are written, as py-ard's "smart sort" has it: allele names by their fields as
 * numbers ({@code A*02:09} before {@code A*02:10}), suffixes (G, g, N, L, S, Q) ignored, a shorter name before its
 * longer forms; serological antigens ({@code B15}, {@code B70}) and GL sub-strings as plain text.
 */
final class AlleleOrder implements Comparator<String> {
    static final AlleleOrder INSTANCE = new AlleleOrder();

    private AlleleOrder() {}

    @Override
    public int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (isGlString(a) || isGlString(b) || a.indexOf(':') < 0 || b.indexOf(':') < 0) {
            return a.compareTo(b);
        }
        String x = a.startsWith("HLA-") ? a.substring(4) : a;
        String y = b.startsWith("HLA-") ? b.substring(4) : b;
        int byLocus = NameText.locus(x).compareTo(NameText.locus(y));
        if (byLocus != 0) {
            return byLocus;
        }
        int i = x.indexOf('*') + 1;
        int j = y.indexOf('*') + 1;
        while (i < x.length() && j < y.length()) {
            int endI = endOfNumber(x, i);
            int endJ = endOfNumber(y, j);
            int byNumber = Long.compare(number(x, i, endI), number(y, j, endJ));
            if (byNumber != 0) {
                return byNumber;
            }
            i = nextField(x, endI);
            j = nextField(y, endJ);
        }
        boolean xMore = i < x.length();
        boolean yMore = j < y.length();
        if (xMore != yMore) {
            return xMore ? 1 : -1;
        }
        return a.compareTo(b);
    }

    private static boolean isGlString(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '~' || c == '+' || c == '|' || c == '^') {
                return true;
            }
        }
        return false;
    }

    private static int endOfNumber(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static long number(String s, int from, int to) {
        return from == to ? -1 : Long.parseLong(s.substring(from, Math.min(to, from + 9)));
    }

    /** Past the next ':'; at the end when there is none (a suffix such as G or N ends the name). */
    private static int nextField(String s, int from) {
        int colon = s.indexOf(':', from);
        return colon < 0 ? s.length() : colon + 1;
    }
}
