package org.genobay.hla;

/**
 * The operators of a GL string (Milius et al., "Genotype List String", 2013), from the loosest binding to the
 * tightest: {@code ^} joins loci, {@code |} lists genotypes, {@code +} pairs the two chromosomes, {@code ~} links
 * alleles of a haplotype, {@code /} lists alternative alleles.
 */
public enum GlOperator {
    LOCI('^'),
    GENOTYPES('|'),
    GENOTYPE('+'),
    HAPLOTYPE('~'),
    ALLELES('/');

    private final char symbol;

    GlOperator(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }
}
