package org.genobay.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.genobay.variants.IngestListener;
import org.genobay.variants.IngestRequest;
import org.genobay.variants.IngestSummary;
import org.genobay.variants.VariantStore;

/**
 * Ingests one VCF into a store through the Java API, as the CLI's {@code variants ingest} does, and records the time
 * and the size of the dataset's folder. The runner times the whole process (JVM start included) beside
 * {@code bcftools view -Ob}.
 *
 * <pre>java -cp ... org.genobay.bench.e2e.IngestBenchmark --store DIR --dataset NAME --vcf FILE --out FILE</pre>
 */
public final class IngestBenchmark {
    private IngestBenchmark() {}

    public static void main(String[] args) {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Path storeDir = options.path("store");
        String name = options.text("dataset", "synth");
        Path vcf = options.path("vcf");
        Results results = new Results();
        long t0 = System.nanoTime();
        IngestSummary summary;
        try (VariantStore store = VariantStore.open(storeDir)) {
            summary = store.ingest(IngestRequest.of(name, List.of(vcf)).replacing(), new Progress());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        results.put("ingest.inProcessSeconds", seconds);
        results.put("ingest.records", summary.records());
        results.put("ingest.variants", summary.variants());
        results.put("ingest.samples", summary.samples());
        results.put("ingest.genotypes", summary.genotypes());
        results.put("ingest.summaryStoreBytes", summary.storeBytes());
        results.put(
                "store.datasetBytes", bytesUnder(storeDir.resolve("datasets").resolve(name)));
        results.put("store.files", filesUnder(storeDir.resolve("datasets").resolve(name)));
        results.write(options.path("out"));
        System.err.printf(
                Locale.ROOT,
                "ingested %,d records (%,d variants, %d samples) in %.1f s; dataset folder %,d bytes%n",
                summary.records(),
                summary.variants(),
                summary.samples(),
                seconds,
                bytesUnder(storeDir.resolve("datasets").resolve(name)));
    }

    /** Sum of the sizes of the regular files under the folder (what {@code du -sb} reports, less folders). */
    static long bytesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(IngestBenchmark::size)
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static long filesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints progress about every tenth of the file. */
    private static final class Progress implements IngestListener {
        private long total = -1;
        private long nextReport;

        @Override
        public void fileStarted(Path file, long compressedBytes) {
            total = compressedBytes;
            nextReport = compressedBytes / 10;
        }

        @Override
        public void progress(Path file, long compressedBytesRead, long records) {
            if (total > 0 && compressedBytesRead >= nextReport) {
                nextReport += total / 10;
                System.err.printf(
                        Locale.ROOT,
                        "  %s: %d%% (%,d records)%n",
                        file.getFileName(),
                        100 * compressedBytesRead / total,
                        records);
            }
        }

        @Override
        public void merging(String contig) {
            System.err.println("  merging " + contig);
        }
    }
}
