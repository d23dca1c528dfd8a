package org.genobay.hla.probability;

/**
 * One genotype of an imputation: two haplotypes of the frequency table (unordered; {@code haplotype1} is the one that
 * sorts first) and the posterior probability that the typed person carries them.
 */
public record ImputedGenotype(Haplotype haplotype1, Haplotype haplotype2, double probability) {
    public ImputedGenotype {
        if (!(probability > 0 && probability <= 1 + 1e-9)) {
            throw new IllegalArgumentException("a genotype's probability is in (0, 1], not " + probability);
        }
    }

    /** The genotype as a GL string: the two haplotypes joined by {@code +}. */
    public String text() {
        return haplotype1.text() + "+" + haplotype2.text();
    }
}
