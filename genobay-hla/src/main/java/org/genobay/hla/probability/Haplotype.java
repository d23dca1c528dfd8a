package org.genobay.hla.probability;

import java.util.List;

/**
 * One haplotype of a frequency table: an allele per locus, in the table's locus order, e.g. {@code
 * A*01:01~C*07:01~B*08:01~DRB1*03:01~DQB1*02:01}.
 */
public record Haplotype(List<String> alleles) {
    public Haplotype {
        alleles = List.copyOf(alleles);
        if (alleles.isEmpty()) {
            throw new IllegalArgumentException("a haplotype has at least one allele");
        }
    }

    /** Reads {@code A*01:01~C*07:01~...}. */
    public static Haplotype parse(String text) {
        return new Haplotype(List.of(text.split("~", -1)));
    }

    /** The haplotype as a GL string, alleles joined by {@code ~}. */
    public String text() {
        return String.join("~", alleles);
    }

    @Override
    public String toString() {
        return text();
    }
}
