package org.genobay.hla.probability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.genobay.hla.probability.MismatchProbabilities.LocusMismatches;

/**
 * The match probability of a patient and a donor from their imputed genotypes: the sum, over every pair of a patient
 * genotype and a donor genotype, of the product of their posteriors, by the number of mismatches the pair has.
 *
 * <p>A mismatch is counted as in the WMDA validation study's match-probability task: at each locus the patient's two
 * alleles are paired with the donor's the way that matches most, and each of the two positions that does not match is
 * one mismatch. So a homozygous patient {@code a+a} and a donor {@code a+b} have one mismatch (in the host-versus-graft
 * direction), and P(10/10) is the probability that the two genotypes are identical at every locus. Alleles are
 * compared as the table names them (two fields in the WMDA set, the antigen-recognition level); a null allele is its
 * own name and so never matches an expressed one.
 *
 * <p>Imputations are {@linkplain #prepare prepared} once (haplotypes turned into allele numbers), so a registry can
 * keep its donors prepared and compare a patient with each in a tight loop. Thread-safe.
 */
public final class MatchProbability {
    private final HaplotypeFrequencies table;

    public MatchProbability(HaplotypeFrequencies table) {
        this.table = table;
    }

    /** A person's imputed genotypes as allele numbers of the table: {@code alleles[g * 2 * loci + 2 * l + 0|1]}. */
    public static final class Prepared {
        private final int[] alleles;
        private final double[] probabilities;

        private Prepared(int[] alleles, double[] probabilities) {
            this.alleles = alleles;
            this.probabilities = probabilities;
        }

        public int genotypes() {
            return probabilities.length;
        }
    }

    /** Turns an imputation against this table into allele numbers; throws if a haplotype is not the table's. */
    public Prepared prepare(Imputation.Imputed imputed) {
        int loci = table.loci().size();
        List<ImputedGenotype> genotypes = imputed.genotypes();
        int[] alleles = new int[genotypes.size() * 2 * loci];
        double[] probabilities = new double[genotypes.size()];
        for (int g = 0; g < genotypes.size(); g++) {
            ImputedGenotype genotype = genotypes.get(g);
            int h1 = index(genotype.haplotype1());
            int h2 = index(genotype.haplotype2());
            for (int l = 0; l < loci; l++) {
                alleles[g * 2 * loci + 2 * l] = table.code(h1, l);
                alleles[g * 2 * loci + 2 * l + 1] = table.code(h2, l);
            }
            probabilities[g] = genotype.probability();
        }
        return new Prepared(alleles, probabilities);
    }

    private int index(Haplotype haplotype) {
        return table.indexOf(haplotype)
                .orElseThrow(() -> new IllegalArgumentException("haplotype " + haplotype.text() + " is not in "
                        + table.source() + "; impute patient and donor with the same frequency table"));
    }

    /** The mismatch probabilities of two imputations against this table. */
    public MismatchProbabilities compute(Imputation.Imputed patient, Imputation.Imputed donor) {
        return compute(prepare(patient), prepare(donor));
    }

    /** The mismatch probabilities of a prepared patient and a prepared donor. */
    public MismatchProbabilities compute(Prepared patient, Prepared donor) {
        return compute(patient, donor, table.loci());
    }

    /**
     * The mismatch probabilities over some of the table's loci only, as a search over fewer loci than the table has
     * needs them (an 8/8 search against a five-locus table): the overall counts add up the mismatches at those loci,
     * so P(0) is the probability that the genotypes are identical there, whatever the other loci carry.
     *
     * @param loci loci of the table, in any order; the result lists them in the table's order
     */
    public MismatchProbabilities compute(Prepared patient, Prepared donor, Collection<String> loci) {
        boolean[] counted = new boolean[table.loci().size()];
        for (String locus : loci) {
            int l = table.loci().indexOf(locus);
            if (l < 0) {
                throw new IllegalArgumentException("no locus " + locus + " in " + table.source() + " " + table.loci());
            }
            counted[l] = true;
        }
        List<String> chosen = new ArrayList<>();
        for (int l = 0; l < counted.length; l++) {
            if (counted[l]) {
                chosen.add(table.loci().get(l));
            }
        }
        return compute(patient, donor, counted, chosen);
    }

    private MismatchProbabilities compute(Prepared patient, Prepared donor, boolean[] counted, List<String> chosen) {
        int loci = table.loci().size();
        int stride = 2 * loci;
        double[] perLocus = new double[loci * 3];
        double[] overall = new double[2 * chosen.size() + 1];
        int[] mismatches = new int[loci];
        int[] p = patient.alleles;
        int[] d = donor.alleles;
        for (int i = 0; i < patient.probabilities.length; i++) {
            int pi = i * stride;
            for (int j = 0; j < donor.probabilities.length; j++) {
                int dj = j * stride;
                int total = 0;
                for (int l = 0; l < loci; l++) {
                    int p1 = p[pi + 2 * l];
                    int p2 = p[pi + 2 * l + 1];
                    int d1 = d[dj + 2 * l];
                    int d2 = d[dj + 2 * l + 1];
                    int straight = (p1 == d1 ? 1 : 0) + (p2 == d2 ? 1 : 0);
                    int crossed = (p1 == d2 ? 1 : 0) + (p2 == d1 ? 1 : 0);
                    int m = 2 - Math.max(straight, crossed);
                    mismatches[l] = m;
                    total += counted[l] ? m : 0;
                }
                double w = patient.probabilities[i] * donor.probabilities[j];
                for (int l = 0; l < loci; l++) {
                    perLocus[l * 3 + mismatches[l]] += w;
                }
                overall[total] += w;
            }
        }
        List<LocusMismatches> byLocus = new ArrayList<>();
        for (int l = 0; l < loci; l++) {
            if (!counted[l]) {
                continue;
            }
            byLocus.add(new LocusMismatches(
                    table.loci().get(l), perLocus[l * 3], perLocus[l * 3 + 1], perLocus[l * 3 + 2]));
        }
        List<Double> totals = new ArrayList<>();
        for (double o : overall) {
            totals.add(o);
        }
        return new MismatchProbabilities(chosen, byLocus, totals);
    }
}
