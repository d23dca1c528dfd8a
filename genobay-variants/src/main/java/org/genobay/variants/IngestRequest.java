package org.genobay.variants;

import java.nio.file.Path;
import java.util.List;

/**
 * What to ingest: VCF, VCF.gz (BGZF or plain gzip) or BCF files into one dataset. Files may split a cohort by
 * chromosome (same samples) or by batch (different samples); records of the same variant in several files are merged.
 *
 * @param replace replace an existing dataset of that name (atomically: readers see the old or the new one)
 * @param absentAsReference count a sample whose input lacks a site as homozygous reference instead of missing; right
 *     for batch files that keep only sites polymorphic in their batch ({@code bcftools merge -0})
 */
public record IngestRequest(String dataset, List<Path> files, boolean replace, boolean absentAsReference) {
    public IngestRequest {
        if (dataset == null || !dataset.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw new InvalidQueryException("dataset name '" + dataset
                    + "' must start with a letter or digit and hold only letters, digits, '.', '_' and '-'");
        }
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new InvalidQueryException("no input files for dataset '" + dataset + "'");
        }
    }

    public static IngestRequest of(String dataset, List<Path> files) {
        return new IngestRequest(dataset, files, false, false);
    }

    public IngestRequest replacing() {
        return new IngestRequest(dataset, files, true, absentAsReference);
    }

    public IngestRequest withAbsentAsReference() {
        return new IngestRequest(dataset, files, replace, true);
    }
}
