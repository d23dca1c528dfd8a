package org.genobay.hla.match;

/**
 * One genotype of one locus, prepared: its two positions, and the positions matching compares. WMDA: a null allele
 * is not an antigen, so a side with one null position is compared as homozygous for its other, expressed position
 * ({@code C*01:02+C*02:52N} as {@code C*01:02+C*01:02}); a side with two null positions expresses nothing at the locus.
 */
final class PreparedGenotype {
    final PositionProfile first;
    final PositionProfile second;
    final PositionProfile comparedFirst;
    final PositionProfile comparedSecond;
    final boolean unexpressed;

    PreparedGenotype(PositionProfile first, PositionProfile second) {
        this.first = first;
        this.second = second;
        this.unexpressed = first.allNull && second.allNull;
        this.comparedFirst = first.allNull && !second.allNull ? second : first;
        this.comparedSecond = second.allNull && !first.allNull ? first : second;
    }

    boolean bothSingle() {
        return first.single && second.single;
    }
}
