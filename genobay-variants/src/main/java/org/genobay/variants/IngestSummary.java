package org.genobay.variants;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest committed.
 *
 * @param records VCF/BCF data lines read
 * @param variants alternate alleles stored (after splitting multi-allelic records and merging files)
 * @param genotypes sample × record genotype calls read
 * @param storeBytes size of the dataset's files on disk
 * @param ignoredRecords records read but not stored, because what they say cannot be stored (e.g. ALT '.' with a GT
 *     naming an alternate allele)
 * @param warnings why records were ignored, each naming file and line (the first few per file, then a count)
 */
public record IngestSummary(
        String dataset,
        int files,
        long records,
        long variants,
        int samples,
        long genotypes,
        Duration elapsed,
        long storeBytes,
        long ignoredRecords,
        List<String> warnings) {
    public IngestSummary {
        warnings = List.copyOf(warnings);
    }

    /** A summary with nothing ignored. */
    public IngestSummary(
            String dataset,
            int files,
            long records,
            long variants,
            int samples,
            long genotypes,
            Duration elapsed,
            long storeBytes) {
        this(dataset, files, records, variants, samples, genotypes, elapsed, storeBytes, 0, List.of());
    }
}
