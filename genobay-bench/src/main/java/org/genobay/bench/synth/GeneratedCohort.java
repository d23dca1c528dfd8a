package org.genobay.bench.synth;

/**
 * What {@link SyntheticCohort} wrote.
 *
 * @param records VCF data lines
 * @param alternateAlleles records after splitting multi-allelic ones (what the variant store counts as variants)
 * @param tiles copies of the source sites laid along the contig (the last may be partial)
 * @param contigLength the declared ##contig length
 */
public record GeneratedCohort(int samples, long records, long alternateAlleles, int tiles, long contigLength) {}
