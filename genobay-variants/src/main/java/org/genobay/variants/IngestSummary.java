package org.genobay.variants;

import java.time.Duration;

/**
 * What an ingest committed.
 *
 * @param records VCF/BCF data lines read
 * @param variants alternate alleles stored (after splitting multi-allelic records and merging files)
 * @param genotypes sample × record genotype calls read
 * @param storeBytes size of the dataset's files on disk
 */
public record IngestSummary(
        String dataset,
        int files,
        long records,
        long variants,
        int samples,
        long genotypes,
        Duration elapsed,
        long storeBytes) {}
