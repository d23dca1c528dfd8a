package org.genobay.hla.probability;

import java.util.List;

/**
 * The probability of each number of mismatches between a patient and a donor: per locus (0, 1 or 2) and over all the
 * table's loci (0 to twice their number).
 *
 * @param loci the loci compared, in the table's order
 * @param perLocus per locus, in the order of {@code loci}: P(0), P(1), P(2) mismatches
 * @param overall P(0), P(1), ... P(2 * loci) mismatches in all
 */
public record MismatchProbabilities(List<String> loci, List<LocusMismatches> perLocus, List<Double> overall) {
    public MismatchProbabilities {
        loci = List.copyOf(loci);
        perLocus = List.copyOf(perLocus);
        overall = List.copyOf(overall);
        if (perLocus.size() != loci.size() || overall.size() != 2 * loci.size() + 1) {
            throw new IllegalArgumentException("per-locus and overall probabilities do not fit " + loci);
        }
    }

    /** P(0, 1, 2 mismatches) at one locus. */
    public record LocusMismatches(String locus, double none, double one, double two) {
        /** The probability of {@code mismatches} (0, 1 or 2) at this locus. */
        public double of(int mismatches) {
            return switch (mismatches) {
                case 0 -> none;
                case 1 -> one;
                case 2 -> two;
                default -> throw new IllegalArgumentException("a locus has 0, 1 or 2 mismatches, not " + mismatches);
            };
        }
    }

    /** The mismatch probabilities at one locus; throws naming the loci there are when the table lacks it. */
    public LocusMismatches locus(String locus) {
        return perLocus.stream()
                .filter(l -> l.locus().equals(locus))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no locus " + locus + " in " + loci));
    }

    /** The probability of exactly {@code mismatches} mismatches over all loci. */
    public double mismatches(int mismatches) {
        return mismatches < 0 || mismatches >= overall.size() ? 0 : overall.get(mismatches);
    }

    /** The probability of {@code matched} of {@code 2 * loci} alleles matched: {@code matched(10)} is P(10/10). */
    public double matched(int matched) {
        return mismatches(2 * loci.size() - matched);
    }
}
