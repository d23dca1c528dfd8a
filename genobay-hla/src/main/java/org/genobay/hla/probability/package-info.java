/**
 * Match probability for ambiguous typings, from a table of haplotype frequencies: {@link
 * org.genobay.hla.probability.HaplotypeFrequencies} loads the table, {@link
 * org.genobay.hla.probability.GenotypeImputation} lists the genotypes (pairs of the table's haplotypes) consistent with
 * a typing and their posterior probabilities under Hardy-Weinberg equilibrium, as NMDP's imputation does, and {@link
 * org.genobay.hla.probability.MatchProbability} turns a patient's and a donor's imputed genotypes into the probability
 * of 0, 1 or 2 mismatches per locus and of each total (10/10, 9/10, 8/10 ...).
 *
 * <p>Everything is compared at the level of the table's allele names (two fields in the WMDA validation set, which is
 * the antigen-recognition level those tables are built at).
 */
package org.genobay.hla.probability;
