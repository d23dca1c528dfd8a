package org.genobay.variants;

/**
 * Counts of one alternate allele within a cohort, as {@code bcftools +fill-tags -t AC,AN} computes them after
 * {@code bcftools norm -m-}: AN counts every called allele (so {@code 0/.} adds 1 and a haploid call adds 1), AC counts
 * copies of this alternate allele.
 *
 * @param het diploid samples with exactly one copy of this allele
 * @param homAlt diploid samples with two copies
 * @param hemiAlt samples with one copy in a haploid or half-missing call ({@code 1}, {@code 1/.})
 * @param missing samples with at least one missing allele (including samples absent from the input that holds the site)
 */
public record AlleleCounts(int ac, int an, int het, int homAlt, int hemiAlt, int missing) {
    /** Allele frequency AC/AN, NaN when no allele is called. */
    public double af() {
        return an == 0 ? Double.NaN : (double) ac / an;
    }
}
