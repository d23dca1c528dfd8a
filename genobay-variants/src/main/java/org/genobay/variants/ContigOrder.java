package org.genobay.variants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contigs of a dataset in order: those of the inputs' ##contig lines first, then those seen only in records. Keyed
 * by canonical name ({@code chr22} and {@code 22} are one contig) and shown as first written.
 */
final class ContigOrder {
    private final Map<String, String> written = new LinkedHashMap<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();

    synchronized void see(String name) {
        String c = Contigs.canonical(name);
        if (!written.containsKey(c)) {
            written.put(c, name);
            index.put(c, index.size());
        }
    }

    synchronized int index(String canonical) {
        return index.get(canonical);
    }

    synchronized String written(String canonical) {
        return written.get(canonical);
    }

    /** Canonical names in dataset order. */
    synchronized List<String> canonicalNames() {
        return new ArrayList<>(written.keySet());
    }
}
