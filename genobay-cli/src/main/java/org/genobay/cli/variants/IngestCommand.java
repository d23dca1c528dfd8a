package org.genobay.cli.variants;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.genobay.cli.MissingInputException;
import org.genobay.variants.IngestListener;
import org.genobay.variants.IngestRequest;
import org.genobay.variants.IngestSummary;
import org.genobay.variants.VariantStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code genobay variants ingest}: VCF/BCF files into one dataset, with progress on a terminal. */
@Command(
        name = "ingest",
        description = {
            "Read VCF, VCF.gz or BCF files into one dataset of the store. Files may split a cohort by chromosome"
                    + " (same samples) or by batch (different samples); records of the same variant are merged.",
            "The dataset appears only when the ingest has succeeded; on any error nothing of it stays."
        })
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions dataset;

    @Option(names = "--replace", description = "Replace the dataset if it exists (readers see the old or the new one).")
    boolean replace;

    @Option(
            names = "--absent-as-ref",
            description = "Count a sample whose file lacks a site as homozygous reference, not missing (for batch"
                    + " files that keep only their own polymorphic sites, as 'bcftools merge -0' assumes).")
    boolean absentAsReference;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "VCF (.vcf, .vcf.gz, .vcf.bgz) or BCF files.")
    List<Path> files;

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new MissingInputException("input file", file);
            }
        }
        IngestRequest request = new IngestRequest(dataset.name, files, replace, absentAsReference);
        PrintWriter err = spec.commandLine().getErr();
        IngestSummary summary;
        try (VariantStore store = dataset.store.openOrCreate();
                ProgressBar bar = new ProgressBar(err, System::nanoTime)) {
            summary = store.ingest(request, System.console() != null ? bar : IngestListener.NONE);
        }
        for (String warning : summary.warnings()) {
            err.println("genobay: warning: " + warning);
        }
        if (summary.ignoredRecords() > 0) {
            err.printf(Locale.ROOT, "genobay: warning: %,d record(s) not stored%n", summary.ignoredRecords());
        }
        err.flush();
        spec.commandLine().getOut().println(describe(summary));
        spec.commandLine().getOut().flush();
        return 0;
    }

    static String describe(IngestSummary s) {
        return String.format(
                Locale.ROOT,
                "%s: %,d variants, %,d samples, %,d genotypes from %,d %s (%,d records) in %.2f s; %s on disk",
                s.dataset(),
                s.variants(),
                s.samples(),
                s.genotypes(),
                s.files(),
                s.files() == 1 ? "file" : "files",
                s.records(),
                s.elapsed().toNanos() / 1e9,
                bytes(s.storeBytes()));
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        int unit = (63 - Long.numberOfLeadingZeros(n)) / 10;
        return String.format(Locale.ROOT, "%.1f %siB", n / Math.pow(1024, unit), "KMGTPE".charAt(unit - 1));
    }
}
