package org.genobay.variants.vcf;

import java.util.function.Consumer;
import org.roaringbitmap.RoaringBitmap;

/** One VCF or BCF input: its header first, then its records in file order. */
public interface VariantInput extends AutoCloseable {
    VcfHeader header();

    /**
     * Reads every record.
     *
     * @param columnToSample dataset sample index of each sample column of the header
     * @param absent samples of the dataset this input lacks, stored as absent at each of its sites (empty bitmap when
     *     absent samples count as reference)
     * @param sink receives records in file order, each with its absolute line (VCF) or record number (BCF)
     * @param progress receives compressed bytes read so far
     */
    ReadSummary read(int[] columnToSample, RoaringBitmap absent, Consumer<ParsedSite> sink, Progress progress);

    @Override
    void close();

    /** Progress callback: bytes of the input file consumed, and records so far. */
    @FunctionalInterface
    interface Progress {
        void at(long compressedBytes, long records);
    }

    /** Counts for the ingest summary. */
    record ReadSummary(long records, long genotypes) {}
}
