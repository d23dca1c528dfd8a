package org.genobay.variants.vcf;

import java.util.List;

/**
 * What the store reads from a VCF header.
 *
 * @param contigs IDs of the ##contig lines in order (may be empty)
 * @param lines number of header lines, so the first data line is {@code lines + 1}
 * @param hasGenotypes whether the #CHROM line has a FORMAT column (with or without samples)
 */
public record VcfHeader(
        String fileformat, List<String> contigs, List<String> samples, boolean hasGenotypes, int lines) {
    public VcfHeader {
        contigs = List.copyOf(contigs);
        samples = List.copyOf(samples);
    }
}
