package org.genobay.bench.donors;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.genobay.hla.probability.HaplotypeFrequencies;

/** Draws five-locus haplotypes (A, C, B, DRB1, DQB1) by their frequency in a table read by genobay-hla. */
final class HaplotypeSampler {
    static final List<String> LOCI = List.of("A", "C", "B", "DRB1", "DQB1");

    private final HaplotypeFrequencies table;
    private final double[] cumulative;

    private HaplotypeSampler(HaplotypeFrequencies table) {
        if (!table.loci().equals(LOCI)) {
            throw new IllegalArgumentException(
                    table.source() + ": expected haplotypes of " + String.join("~", LOCI) + ", found " + table.loci());
        }
        this.table = table;
        this.cumulative = new double[table.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += table.frequency(i);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    static HaplotypeSampler read(Path file) {
        return new HaplotypeSampler(HaplotypeFrequencies.read(file));
    }

    /** A haplotype drawn by frequency: its alleles at A, C, B, DRB1, DQB1. */
    String[] draw(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return table.haplotype(Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1))
                .alleles()
                .toArray(String[]::new);
    }

    int size() {
        return table.size();
    }
}
