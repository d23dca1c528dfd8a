package org.genobay.hla.probability;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genobay.hla.GlString;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.probability.TypedLoci.LocusGenotype;

/**
 * Imputes genotypes from a typing and a table of haplotype frequencies, as NMDP's imputation does: every pair of the
 * table's haplotypes that the typing allows, in any phase, is a candidate genotype; its prior is {@code f1 * f2}, twice
 * that when the two haplotypes differ (Hardy-Weinberg), and the posteriors are the priors divided by their sum. A locus
 * the typing leaves out may carry any allele of the table; a locus the table does not have is left out.
 *
 * <p>Per locus and phase, the haplotypes allowed on each chromosome are an AND of precomputed carrier sets, so a typing
 * costs a few bitset operations per phase plus the candidate pairs. Thread-safe.
 */
public final class GenotypeImputation {
    private final HaplotypeFrequencies table;
    private final TableAlleles tableAlleles;

    public GenotypeImputation(HaplotypeFrequencies table, HlaRelease release) {
        this.table = table;
        this.tableAlleles = new TableAlleles(table, release);
    }

    public HaplotypeFrequencies table() {
        return table;
    }

    /**
     * The genotypes consistent with a typing and their posterior probabilities, or why there is none. Throws only for a
     * typing that cannot be read as genotypes (e.g. a locus twice), as {@link org.genobay.hla.InvalidTypingException}.
     */
    public Imputation impute(GlString typing) {
        Map<String, List<LocusGenotype>> typed = TypedLoci.split(typing);
        List<String> notInTable = new ArrayList<>();
        List<Integer> typedLoci = new ArrayList<>();
        List<List<BitSet[]>> options = new ArrayList<>(); // per typed locus: alternatives of {first, second} carriers
        for (Map.Entry<String, List<LocusGenotype>> entry : typed.entrySet()) {
            int l = table.locusIndex(entry.getKey());
            if (l < 0) {
                notInTable.add(entry.getKey());
                continue;
            }
            List<BitSet[]> alternatives = new ArrayList<>();
            for (LocusGenotype genotype : entry.getValue()) {
                BitSet first = carriers(l, tableAlleles.codes(l, genotype.first()));
                BitSet second = carriers(l, tableAlleles.codes(l, genotype.second()));
                if (!first.isEmpty() && !second.isEmpty()) {
                    alternatives.add(new BitSet[] {first, second});
                }
            }
            if (alternatives.isEmpty()) {
                return new Imputation.NoConsistentGenotype(
                        typing.text(),
                        "at " + entry.getKey() + ", no haplotype of the frequency table carries any allele of one"
                                + " chromosome of " + describe(entry.getValue()));
            }
            typedLoci.add(l);
            options.add(alternatives);
        }
        Map<Long, Double> priors = new HashMap<>();
        collect(options, 0, new BitSet[options.size()][], priors);
        if (priors.isEmpty()) {
            return new Imputation.NoConsistentGenotype(
                    typing.text(), "no pair of haplotypes of the frequency table is consistent with the typing");
        }
        return new Imputation.Imputed(typing.text(), posteriors(priors), notInTable);
    }

    /** Walks every combination of the loci's alternatives (usually one), then every phase of it. */
    private void collect(List<List<BitSet[]>> options, int i, BitSet[][] chosen, Map<Long, Double> priors) {
        if (i < options.size()) {
            for (BitSet[] alternative : options.get(i)) {
                chosen[i] = alternative;
                collect(options, i + 1, chosen, priors);
            }
            return;
        }
        int loci = chosen.length;
        // locus 0 keeps its order: swapping every locus gives the same pairs
        for (int phase = 0; phase < (loci == 0 ? 1 : 1 << (loci - 1)); phase++) {
            BitSet first = allHaplotypes();
            BitSet second = allHaplotypes();
            for (int l = 0; l < loci; l++) {
                boolean swap = l > 0 && (phase & (1 << (l - 1))) != 0;
                first.and(chosen[l][swap ? 1 : 0]);
                second.and(chosen[l][swap ? 0 : 1]);
            }
            for (int h1 = first.nextSetBit(0); h1 >= 0; h1 = first.nextSetBit(h1 + 1)) {
                for (int h2 = second.nextSetBit(0); h2 >= 0; h2 = second.nextSetBit(h2 + 1)) {
                    int lo = Math.min(h1, h2);
                    int hi = Math.max(h1, h2);
                    double prior = table.frequency(lo) * table.frequency(hi) * (lo == hi ? 1 : 2);
                    priors.put(((long) lo << 32) | hi, prior); // the same pair from another phase is one genotype
                }
            }
        }
    }

    private BitSet allHaplotypes() {
        BitSet all = new BitSet(table.size());
        all.set(0, table.size());
        return all;
    }

    private BitSet carriers(int l, BitSet codes) {
        BitSet haplotypes = new BitSet(table.size());
        for (int c = codes.nextSetBit(0); c >= 0; c = codes.nextSetBit(c + 1)) {
            haplotypes.or(table.carriers(l, c));
        }
        return haplotypes;
    }

    private List<ImputedGenotype> posteriors(Map<Long, Double> priors) {
        double sum = 0;
        for (double p : priors.values()) {
            sum += p;
        }
        List<ImputedGenotype> genotypes = new ArrayList<>(priors.size());
        for (Map.Entry<Long, Double> e : priors.entrySet()) {
            Haplotype h1 = table.haplotype((int) (e.getKey() >>> 32));
            Haplotype h2 = table.haplotype((int) (long) e.getKey());
            if (h1.text().compareTo(h2.text()) > 0) {
                Haplotype t = h1;
                h1 = h2;
                h2 = t;
            }
            genotypes.add(new ImputedGenotype(h1, h2, e.getValue() / sum));
        }
        genotypes.sort(Comparator.comparingDouble(ImputedGenotype::probability)
                .reversed()
                .thenComparing(ImputedGenotype::text));
        return genotypes;
    }

    private static String describe(List<LocusGenotype> genotypes) {
        List<String> texts = new ArrayList<>();
        for (LocusGenotype g : genotypes) {
            if (texts.size() == 3) {
                texts.add("...");
                break;
            }
            texts.add(text(g.first()) + "+" + text(g.second()));
        }
        return String.join(" | ", texts);
    }

    private static String text(List<org.genobay.hla.Typing> terms) {
        return String.join("/", terms.stream().map(org.genobay.hla.Typing::text).toList());
    }
}
