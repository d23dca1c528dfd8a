package org.genobay.variants;

import java.util.Locale;

/** Contig naming: {@code 22}, {@code chr22} and {@code CHR22} name the same contig; {@code chrM} and {@code MT} too. */
public final class Contigs {
    private Contigs() {}

    /** The key under which a contig is stored and looked up: without a {@code chr} prefix, {@code M} as {@code MT}. */
    public static String canonical(String name) {
        String n = name;
        if (n.length() > 3 && n.regionMatches(true, 0, "chr", 0, 3)) {
            n = n.substring(3);
        }
        if (n.equalsIgnoreCase("M")) {
            return "MT";
        }
        // Upper-casing only the short human names keeps e.g. GL000192.1 or HLA-A*01:01 as written.
        return n.length() <= 2 ? n.toUpperCase(Locale.ROOT) : n;
    }
}
