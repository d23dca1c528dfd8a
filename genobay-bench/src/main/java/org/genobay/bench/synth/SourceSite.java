package org.genobay.bench.synth;

import java.util.List;

/**
 * One record of the source panel, without its genotypes.
 *
 * @param pos 1-based position
 * @param id the ID column as written ({@code .} when absent)
 * @param alts the alternate alleles, in order
 * @param end INFO/END when the record has one (symbolic alleles), else 0
 */
public record SourceSite(int pos, String id, String ref, List<String> alts, int end) {
    public SourceSite {
        if (pos < 1) {
            throw new IllegalArgumentException("site position " + pos + " is before 1");
        }
        alts = List.copyOf(alts);
        if (alts.isEmpty()) {
            throw new IllegalArgumentException("site " + pos + " has no alternate allele");
        }
        if (end != 0 && end < pos) {
            throw new IllegalArgumentException("site " + pos + " ends at " + end + ", before it starts");
        }
    }

    /** Number of alleles including REF. */
    public int alleleCount() {
        return alts.size() + 1;
    }

    /** Last reference position the record covers: INFO/END, else POS + len(REF) - 1. */
    public int lastPosition() {
        return end != 0 ? end : pos + ref.length() - 1;
    }
}
