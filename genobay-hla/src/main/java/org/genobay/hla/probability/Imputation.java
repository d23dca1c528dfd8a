package org.genobay.hla.probability;

import java.util.List;

/**
 * What imputing one typing gives: the genotypes consistent with it, or the reason none is. A typing that no pair of
 * the table's haplotypes explains (an allele no haplotype carries, a combination never seen) is an answer, not a
 * failure: registries hold such donors, and a search must go on past them.
 */
public sealed interface Imputation permits Imputation.Imputed, Imputation.NoConsistentGenotype {

    /** The typing as it was given. */
    String typing();

    /**
     * The consistent genotypes, most probable first, their probabilities summing to 1.
     *
     * @param lociNotInTable loci the typing names but the frequency table does not have (e.g. DPB1 against a five-locus
     *     table); they take no part in the imputation
     */
    record Imputed(String typing, List<ImputedGenotype> genotypes, List<String> lociNotInTable) implements Imputation {
        public Imputed {
            genotypes = List.copyOf(genotypes);
            lociNotInTable = List.copyOf(lociNotInTable);
            if (genotypes.isEmpty()) {
                throw new IllegalArgumentException("an imputation has at least one genotype");
            }
        }
    }

    /** No genotype of the table is consistent with the typing; {@code reason} says why, naming the locus if it can. */
    record NoConsistentGenotype(String typing, String reason) implements Imputation {}
}
