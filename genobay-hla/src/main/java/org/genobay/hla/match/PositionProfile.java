package org.genobay.hla.match;

/**
 * What matching needs to know of one position of one typing, computed once ({@link ProfileBuilder}): sorted sets of
 * small int ids per level, and a few flags. Comparing two profiles is set intersection on short int arrays, with no
 * strings and no lookups.
 *
 * <p>The molecular sets hold the levels at the resolution the lab typed: a two-field name gives a protein id and its
 * G and P groups but no cDNA or full-name id, so {@code A*01:01} against {@code A*01:01:01:01} grades protein, not
 * gDNA. The serology sets hold the position's most specific antigens, sorted into the level they meet others at.
 */
final class PositionProfile {
    static final int TCE_UNKNOWN = 1 << 4;

    /** Every alternative is a null allele: the position expresses nothing. */
    final boolean allNull;
    /** Some alternatives, not all, are null alleles (a list, code or group with nulls in it). */
    final boolean possiblyNull;
    /** No serological term: the grade is molecular. */
    final boolean molecular;
    /** One expressed allele, named to three or four fields: the resolution a definite match needs. */
    final boolean single;
    /** Molecular, and every alternative in one P group. */
    final boolean singleP;

    final int[] full;
    final int[] cdna;
    final int[] protein;
    final int[] g;
    final int[] p;
    /** Bit {@code id % 64} set for each P group id: two positions whose masks share no bit share no P group. */
    final long pMask;

    final int[] associated;
    final int[] splitExact;
    final int[] splitLevel;
    final int[] broadExact;
    final int[] broadLevel;

    /** DPB1: bit n set for TCE group n (1 to 3) of some alternative; {@link #TCE_UNKNOWN} for one without. */
    final int tce;

    final String text;

    PositionProfile(
            String text,
            boolean allNull,
            boolean possiblyNull,
            boolean molecular,
            boolean single,
            int[][] molecularSets,
            int[][] serologySets,
            int tce) {
        this.text = text;
        this.allNull = allNull;
        this.possiblyNull = possiblyNull;
        this.molecular = molecular;
        this.single = single;
        this.full = molecularSets[0];
        this.cdna = molecularSets[1];
        this.protein = molecularSets[2];
        this.g = molecularSets[3];
        this.p = molecularSets[4];
        this.singleP = molecular && p.length == 1;
        long mask = 0;
        for (int id : p) {
            mask |= 1L << (id & 63);
        }
        this.pMask = mask;
        this.associated = serologySets[0];
        this.splitExact = serologySets[1];
        this.splitLevel = serologySets[2];
        this.broadExact = serologySets[3];
        this.broadLevel = serologySets[4];
        this.tce = tce;
    }

    /** Whether two sorted int arrays share an element. */
    static boolean intersects(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                return true;
            }
            if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
