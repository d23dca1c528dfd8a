package org.genobay.variants;

/**
 * One alternate allele at one site, as {@code bcftools norm -m-} splits multi-allelic records: the store keeps each
 * alternate allele as its own variant with REF and POS as in the input.
 *
 * @param chrom the contig as written in the input
 * @param pos 1-based position of REF
 * @param end last reference position the variant covers (INFO/END for symbolic alleles, else pos + len(REF) - 1)
 * @param id the ID column ({@code .} when absent)
 */
public record Variant(String chrom, int pos, int end, String id, String ref, String alt) {
    public Variant {
        if (pos < 0 || end < pos - 1) {
            throw new IllegalArgumentException("variant " + chrom + ":" + pos + " has end " + end);
        }
    }

    /** {@code chrom-pos-ref-alt}, the key by which users and other systems name a variant. */
    public String key() {
        return chrom + "-" + pos + "-" + ref + "-" + alt;
    }

    @Override
    public String toString() {
        return key();
    }
}
