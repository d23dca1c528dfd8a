package org.genobay.bench.synth;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Writes a realistic synthetic cohort from real phased haplotypes: N samples x M records as BGZF VCF, indexed.
 *
 * <pre>
 * java -cp ... org.genobay.bench.synth.SyntheticCohort --source 10k.chr22...vcf.gz --out synth.vcf.gz \
 *      [--samples 2504] [--variants 1000000] [--seed 20130502] [--switch-mean-bp 300000] [--mutation-rate 5e-5] \
 *      [--gap-bp 10000] [--compressor bgzip|java] [--threads 2] [--no-index] [--reuse]
 * </pre>
 *
 * The file appears under its name only once complete (written beside it, then renamed). With {@code --reuse} an
 * existing file written with the same parameters (and its index) is kept.
 */
public final class SyntheticCohort {
    /** How the VCF text is compressed to BGZF. */
    public enum Compressor {
        /** {@code bgzip -@threads -c}, fast (libdeflate) and parallel */
        BGZIP,
        /** htsjdk's BlockCompressedOutputStream in this process, for machines without bgzip */
        JAVA
    }

    private SyntheticCohort() {}

    /** Writes the uncompressed VCF text of the cohort to {@code out} (not closed). */
    public static GeneratedCohort write(
            SourcePanel panel, CohortParameters parameters, String sourceName, OutputStream out, LongConsumer progress)
            throws IOException {
        SyntheticVcfWriter writer = new SyntheticVcfWriter(panel, parameters, sourceName);
        long alternates = writer.write(out, progress);
        return new GeneratedCohort(
                parameters.samples(), parameters.variants(), alternates, writer.tiles(), writer.contigLength());
    }

    /** Writes the cohort as BGZF VCF to {@code vcfGz}, and indexes it (CSI, by bcftools) when asked. */
    public static GeneratedCohort writeFile(
            SourcePanel panel,
            CohortParameters parameters,
            String sourceName,
            Path vcfGz,
            Compressor compressor,
            int threads,
            boolean index,
            LongConsumer progress)
            throws IOException {
        Path parent = vcfGz.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = parent.resolve(vcfGz.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        GeneratedCohort result;
        try {
            result = compressor == Compressor.BGZIP
                    ? writeWithBgzip(panel, parameters, sourceName, partial, threads, progress)
                    : writeWithHtsjdk(panel, parameters, sourceName, partial, progress);
            Files.move(partial, vcfGz, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        if (index) {
            run(List.of("bcftools", "index", "-f", "--threads", Integer.toString(threads), vcfGz.toString()));
        }
        return result;
    }

    private static GeneratedCohort writeWithBgzip(
            SourcePanel panel,
            CohortParameters parameters,
            String sourceName,
            Path target,
            int threads,
            LongConsumer progress)
            throws IOException {
        Process bgzip = new ProcessBuilder("bgzip", "-@", Integer.toString(threads), "-c")
                .redirectOutput(target.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            GeneratedCohort result;
            try (OutputStream out = new BufferedOutputStream(bgzip.getOutputStream(), 1 << 20)) {
                result = write(panel, parameters, sourceName, out, progress);
            }
            int exit = bgzip.waitFor();
            if (exit != 0) {
                throw new IOException("bgzip exited with " + exit + " while writing " + target);
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while bgzip wrote " + target, e);
        } finally {
            bgzip.destroy();
        }
    }

    private static GeneratedCohort writeWithHtsjdk(
            SourcePanel panel, CohortParameters parameters, String sourceName, Path target, LongConsumer progress)
            throws IOException {
        try (OutputStream out = new BufferedOutputStream(new BlockCompressedOutputStream(target.toFile()), 1 << 20)) {
            return write(panel, parameters, sourceName, out, progress);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        try {
            if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    public static void main(String[] args) {
        try {
            System.exit(runCli(args));
        } catch (IllegalArgumentException | InvalidSourceException e) {
            System.err.println("SyntheticCohort: " + e.getMessage());
            System.exit(2);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("SyntheticCohort: " + e.getMessage());
            System.exit(1);
        }
    }

    static int runCli(String[] args) throws IOException {
        CohortParameters p = CohortParameters.defaults();
        Path source = null;
        Path out = null;
        Compressor compressor = onPath("bgzip") ? Compressor.BGZIP : Compressor.JAVA;
        int threads = 2;
        boolean index = true;
        boolean reuse = false;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--source" -> source = Path.of(value(option, rest));
                case "--out" -> out = Path.of(value(option, rest));
                case "--samples" -> p = p.withSamples(Integer.parseInt(value(option, rest)));
                case "--variants" -> p = p.withVariants(Long.parseLong(value(option, rest)));
                case "--seed" -> p = p.withSeed(Long.parseLong(value(option, rest)));
                case "--switch-mean-bp" -> p = p.withSwitchMeanBp(Double.parseDouble(value(option, rest)));
                case "--mutation-rate" -> p = p.withMutationRate(Double.parseDouble(value(option, rest)));
                case "--gap-bp" -> p = p.withGapBp(Integer.parseInt(value(option, rest)));
                case "--compressor" -> compressor =
                        Compressor.valueOf(value(option, rest).toUpperCase(Locale.ROOT));
                case "--threads" -> threads = Integer.parseInt(value(option, rest));
                case "--no-index" -> index = false;
                case "--reuse" -> reuse = true;
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        if (source == null || out == null) {
            throw new IllegalArgumentException("--source and --out are required");
        }
        if (reuse && upToDate(out, p, index)) {
            System.err.println(out + " is up to date (" + p.describe() + "); not generated again");
            return 0;
        }
        long started = System.nanoTime();
        SourcePanel panel = SourcePanel.read(source);
        System.err.printf(
                Locale.ROOT,
                "source %s: %d samples x %d records on contig %s, span %d bp%n",
                source.getFileName(),
                panel.sampleIds().size(),
                panel.sites().size(),
                panel.contig(),
                panel.span());
        long total = p.variants();
        long step = Math.max(4096, total / 20);
        long[] reported = {0};
        GeneratedCohort result =
                writeFile(panel, p, source.getFileName().toString(), out, compressor, threads, index, written -> {
                    if (written - reported[0] >= step || written == total) {
                        reported[0] = written;
                        System.err.printf(
                                Locale.ROOT, "  %,d / %,d records (%d%%)%n", written, total, 100 * written / total);
                    }
                });
        System.err.printf(
                Locale.ROOT,
                "wrote %s: %d samples x %,d records (%,d alternate alleles), %d tiles, contig length %,d, %,d bytes,"
                        + " %.1f s%n",
                out,
                result.samples(),
                result.records(),
                result.alternateAlleles(),
                result.tiles(),
                result.contigLength(),
                Files.size(out),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** Whether {@code vcfGz} exists, was written with these parameters and (if asked) has its index. */
    static boolean upToDate(Path vcfGz, CohortParameters parameters, boolean index) throws IOException {
        if (!Files.isRegularFile(vcfGz) || (index && !Files.isRegularFile(Path.of(vcfGz + ".csi")))) {
            return false;
        }
        String expected = "##genobaySyntheticCohort=" + parameters.describe();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(vcfGz)), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null && line.startsWith("##")) {
                if (line.equals(expected)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
