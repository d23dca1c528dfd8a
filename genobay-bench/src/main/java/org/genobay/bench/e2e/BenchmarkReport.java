package org.genobay.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genobay.bench.DocSections;

/**
 * Writes {@code docs/benchmarks.md} from the results of one run of {@code run-benchmarks.sh}: the machine, the
 * dataset, a table of metric | Genobay | bcftools | ratio | target | met?, the correctness check, how each figure was
 * measured and the command that reproduces it.
 *
 * <pre>
 * java -cp ... org.genobay.bench.e2e.BenchmarkReport --results DIR --vcf FILE --out docs/benchmarks.md
 *      [--notes FILE.md]
 * </pre>
 *
 * DIR holds {@code run.properties} (how the run was made), {@code ingest.properties}, {@code store.properties},
 * {@code bcf.properties}, {@code query.properties} and
 * the hyperfine CSV exports {@code bcftools-view.csv}, {@code bcftools-view-threads.csv}, {@code ingest.csv}.
 */
public final class BenchmarkReport {
    private final Results r = new Results();
    private final Path resultsDir;
    private final Path vcf;
    private final StringBuilder md = new StringBuilder();

    private BenchmarkReport(Path resultsDir, Path vcf) {
        this.resultsDir = resultsDir;
        this.vcf = vcf;
        for (String name : List.of("run", "ingest", "store", "bcf", "query")) {
            r.putAll(Results.read(resultsDir.resolve(name + ".properties")));
        }
        hyperfine("bcftools-view.csv", "bcftools.view");
        hyperfine("bcftools-view-threads.csv", "bcftools.viewThreads");
        hyperfine("ingest.csv", "genobay.ingest");
    }

    public static void main(String[] args) throws IOException {
        BenchmarkOptions o = BenchmarkOptions.parse(args);
        BenchmarkReport report = new BenchmarkReport(o.path("results"), o.path("vcf"));
        String notes = o.text("notes", "").isEmpty() || !Files.exists(o.path("notes"))
                ? ""
                : Files.readString(o.path("notes"), StandardCharsets.UTF_8);
        Path out = o.path("out");
        // Other benchmarks (donor search, match probability, Beacon load) keep their own sections of the same page.
        List<String> kept =
                Files.exists(out) ? DocSections.all(Files.readString(out, StandardCharsets.UTF_8)) : List.of();
        String page = report.render(notes).stripTrailing() + "\n";
        for (String section : kept) {
            page += "\n" + section + "\n";
        }
        DocSections.write(out, page);
        System.err.println("wrote " + out);
    }

    /** Reads a hyperfine --export-csv file (command,mean,stddev,median,user,system,min,max) into key.*. */
    private void hyperfine(String file, String key) {
        Path csv = resultsDir.resolve(file);
        if (!Files.exists(csv)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(csv);
            String[] f = lines.get(lines.size() - 1).split(",");
            int n = f.length;
            int runs = (int) (double) r.number("runs." + key).orElse(1.0);
            r.put(key, new Distribution(runs, d(f[n - 5]), d(f[n - 1]), d(f[n - 2]), d(f[n - 1])));
            r.put(key + ".mean", d(f[n - 7]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    private static double d(String s) {
        return Double.parseDouble(s.strip());
    }

    String render(String notes) throws IOException {
        Machine m = Machine.describe();
        String mode = r.text("run.mode").orElse("full");
        line("# Benchmarks");
        line("");
        line("Speed claims of Genobay are measurements with the reference tool (bcftools) run side by side on the same"
                + " machine and the same data, in one run of `genobay-bench/run-benchmarks.sh`. This page is written by"
                + " that script; do not edit the figures by hand.");
        line("");
        line("Run: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", mode `" + mode + "`, Genobay commit `"
                + r.text("run.commit").orElse("unknown") + "`.");
        line("");
        line("## Machine");
        line("");
        line("| | |");
        line("|---|---|");
        line("| CPU | " + m.cpu() + ", " + m.cores() + " cores (`nproc`) |");
        line("| memory | " + m.memory() + " |");
        line("| OS | " + m.os() + " |");
        line("| JDK | " + m.jdk() + " |");
        line("| bcftools | " + m.bcftools() + " |");
        line("| hyperfine | " + m.hyperfine() + " |");
        line("");
        dataset();
        table();
        correctness();
        method();
        if (!notes.isBlank()) {
            line(notes.strip());
            line("");
        }
        return md.toString();
    }

    private void dataset() throws IOException {
        line("## Dataset");
        line("");
        long vcfBytes = Files.size(vcf);
        line(String.format(
                Locale.ROOT,
                "`%s`: a synthetic cohort of %s samples × %s VCF records (%s variants after splitting multi-allelic"
                        + " records), phased GT only, BGZF, %s. Generator parameters: `%s`.",
                vcf.getFileName(),
                group(r.number("run.samples")),
                group(r.number("run.records")),
                group(r.number("dataset.variants")),
                bytes(vcfBytes),
                r.text("run.generator").orElse("?")));
        line("");
        line("Made by `org.genobay.bench.synth.SyntheticCohort` from the 2,504 real phased 1000 Genomes phase 3"
                + " haplotype pairs of `10k.chr22.phase3_shapeit2_mvncall_integrated_v5.20130502.genotypes.vcf.gz`"
                + " (9,750 records of chr22:16,050,075–16,644,646, GRCh37, with multi-allelics, indels and symbolic"
                + " `<CN…>` alleles): the real sites are tiled along contig 22 (tile *k* shifted by *k* × (span +"
                + " 10 kb), REF/ALT and INFO/END kept, IDs on the first tile only), and each new haplotype is a"
                + " Li–Stephens mosaic of the real ones (copies a random template, switches template at recombination"
                + " points ~ exponential with mean 300 kb, mutation rate 5e-5 per site). Allele frequencies and linkage"
                + " disequilibrium of the source are kept (checked by `SyntheticCohortTest`).");
        line("");
    }

    private void table() {
        line("## Results");
        line("");
        line("| metric | Genobay | bcftools | ratio | target | met? |");
        line("|---|---|---|---|---|---|");
        Optional<Distribution> ingest = r.distribution("genobay.ingest");
        Optional<Distribution> view = r.distribution("bcftools.view");
        row(
                "ingest of the .vcf.gz (process wall, median of " + runs("genobay.ingest") + ")",
                ingest.map(x -> seconds(x.median())),
                view.map(x -> seconds(x.median()) + " (`view -Ob`)"),
                ratio(view, ingest),
                "≥ 2× faster",
                ingest.isPresent() && view.isPresent() ? Optional.of(ratioOf(view, ingest) >= 2) : Optional.empty());
        Optional<Distribution> viewThreads = r.distribution("bcftools.viewThreads");
        if (viewThreads.isPresent()) {
            row(
                    "ingest, beside `view -Ob --threads 2` (information)",
                    ingest.map(x -> seconds(x.median())),
                    viewThreads.map(x -> seconds(x.median())),
                    ratio(viewThreads, ingest),
                    "—",
                    Optional.empty());
        }
        Optional<Distribution> warm = r.distribution("java.region");
        Optional<Distribution> bcfRegion = r.distribution("bcftools.region");
        row(
                "allele counts, random half cohort, " + group(r.number("query.regionVariants"))
                        + "-variant region: warm, in-process (median; p95)",
                warm.map(x -> seconds(x.median()) + "; " + seconds(x.p95())),
                bcfRegion.map(x -> seconds(x.median()) + " (pipeline)"),
                ratio(bcfRegion, warm),
                "≥ 1000× faster",
                warm.isPresent() && bcfRegion.isPresent()
                        ? Optional.of(ratioOf(bcfRegion, warm) >= 1000)
                        : Optional.empty());
        Optional<Distribution> cold = r.distribution("java.cold");
        row(
                "same, cold: a fresh JVM per query (median)",
                cold.map(x -> seconds(x.median())),
                bcfRegion.map(x -> seconds(x.median())),
                ratio(bcfRegion, cold),
                "— (for honesty)",
                Optional.empty());
        Optional<Distribution> whole = r.distribution("java.whole");
        Optional<Distribution> bcfWhole = r.distribution("bcftools.whole");
        row(
                "counts over the whole dataset, random half cohort, in-process (median of " + runs("java.whole") + ")",
                whole.map(x -> seconds(x.median())),
                bcfWhole.map(x -> seconds(x.median())),
                ratio(bcfWhole, whole),
                "< 1 s",
                whole.map(x -> x.median() < 1));
        Optional<Double> store = r.number("store.datasetBytes");
        long vcfBytes = size(vcf);
        row(
                "store size (dataset folder) vs the .vcf.gz",
                store.map(b -> bytes(b.longValue())),
                Optional.of(bytes(vcfBytes) + " (.vcf.gz)"),
                store.map(b -> String.format(Locale.ROOT, "1/%.1f", vcfBytes / b)),
                "≤ 1/10",
                store.map(b -> b * 10 <= vcfBytes));
        r.number("bcf.bytes")
                .ifPresent(b -> row(
                        "(information) the same data as BCF (`bcftools view -Ob`)",
                        store.map(s -> bytes(s.longValue())),
                        Optional.of(bytes(b.longValue()) + " (.bcf)"),
                        store.map(s -> String.format(Locale.ROOT, "1/%.1f", b / s)),
                        "—",
                        Optional.empty()));
        line("");
        line("Ratios are bcftools time ÷ Genobay time (for size: .vcf.gz size ÷ store size). "
                + r.number("ingest.inProcessSeconds")
                        .map(s -> "Ingest inside the JVM (JVM start excluded) took " + seconds(s) + ". ")
                        .orElse("")
                + r.distribution("java.regionQueryOnly")
                        .map(x -> "The warm region figure includes making the cohort from its "
                                + group(r.number("query.cohortSize")) + " sample IDs; the query alone took "
                                + seconds(x.median()) + " (median), the cohort "
                                + r.distribution("java.cohort")
                                        .map(c -> seconds(c.median()))
                                        .orElse("?")
                                + ". ")
                        .orElse("")
                + r.number("query.variantsPerRegion")
                        .map(v -> "Regions held " + group(Optional.of(v)) + " variants (median).")
                        .orElse(""));
        line("");
    }

    private void correctness() {
        line("## Correctness");
        line("");
        Optional<Double> regions = r.number("check.regions");
        if (regions.isEmpty()) {
            line("Not checked in this run.");
            line("");
            return;
        }
        double mismatches = r.number("check.mismatches").orElse(0.0);
        line(String.format(
                Locale.ROOT,
                "On the %d regions timed with bcftools, the AC/AN of every variant from the Java query were compared"
                        + " with `bcftools view -S … -r … | bcftools norm -m- | bcftools +fill-tags -- -t AC,AN`:"
                        + " %s rows, **%s**.",
                regions.get().intValue(),
                group(r.number("check.rows")),
                mismatches == 0 ? "all equal" : group(Optional.of(mismatches)) + " rows differ"));
        for (int i = 0; r.text("check.example." + i).isPresent(); i++) {
            line("- `" + r.text("check.example." + i).get() + "`");
        }
        line("");
    }

    private void method() {
        String v = vcf.toString();
        line("## How each figure is measured");
        line("");
        line("- **bcftools ingest reference**: `bcftools view -Ob -o bench-work/x.bcf " + v + "` (single-threaded, as"
                + " the reference) and with `--threads 2`, timed by hyperfine (" + runs("bcftools.view")
                + ", page cache warm).");
        line("- **Genobay ingest**: " + r.text("run.ingestCommand").orElse("`IngestBenchmark`")
                + ", a fresh JVM per run, store removed before each run (hyperfine `--prepare`).");
        line("- **Region counts, bcftools**: `bcftools view -S half.txt -r REGION " + v
                + " | bcftools +fill-tags -- -t AC,AN > /dev/null`, timed end to end, on "
                + r.text("bcftools.region.n").orElse("?") + " random (region, half cohort) pairs.");
        line("- **Region counts, Genobay warm**: `dataset.cohort(ids)` then `dataset.forEachInRegion(region, cohort,"
                + " …)` in one JVM, on " + r.text("query.cases").orElse("?") + " random pairs × "
                + r.text("query.rounds").orElse("?") + " rounds after one unmeasured round (JIT warm-up); median and"
                + " p95 of all timings.");
        line("- **Region counts, Genobay cold**: `"
                + r.text("java.coldCommand")
                        .map(c -> c.replaceAll("-cp '[^']*'", "-cp \"\\$CP\""))
                        .orElse("?")
                + "` with `CP` the bench module's classpath (JVM start, store open, cohort, query, rows printed).");
        line("- **Whole dataset**: `dataset.forEach(cohort, …)` for a new random half cohort each run, after one"
                + " warm-up pass; bcftools: `bcftools view -S half.txt " + v + " | bcftools +fill-tags -- -t AC,AN"
                + " > /dev/null`.");
        line("- **Store size**: sum of the file sizes under `bench-work/store"
                + (r.text("run.mode").orElse("full").equals("small") ? "-small" : "")
                + "/datasets/synth`.");
        line("- Regions and cohorts come from a fixed seed ("
                + r.text("query.seed").orElse("?") + ").");
        line("");
        line("## Reproduce");
        line("");
        line("```");
        line(r.text("run.command").orElse("genobay-bench/run-benchmarks.sh"));
        line("```");
        line("");
        line("`--small` runs the same on 2,504 samples × 100,000 records in a few minutes (figures not recorded"
                + " here). The cohort is generated into `bench-work/` (git-ignored) unless a file with the same"
                + " parameters is there; raw results stay in `bench-work/results/`.");
        line("");
    }

    private void row(
            String metric,
            Optional<String> ours,
            Optional<String> theirs,
            Optional<String> ratio,
            String target,
            Optional<Boolean> met) {
        line("| " + metric + " | " + ours.orElse("not measured") + " | " + theirs.orElse("—") + " | "
                + ratio.orElse("—") + " | " + target + " | "
                + met.map(b -> b ? "**yes**" : "**no**").orElse("—") + " |");
    }

    private String runs(String key) {
        return r.text(key + ".n").map(n -> n + " runs").orElse("? runs");
    }

    private static double ratioOf(Optional<Distribution> theirs, Optional<Distribution> ours) {
        return theirs.orElseThrow().median() / ours.orElseThrow().median();
    }

    private static Optional<String> ratio(Optional<Distribution> theirs, Optional<Distribution> ours) {
        if (theirs.isEmpty() || ours.isEmpty()) {
            return Optional.empty();
        }
        double x = ratioOf(theirs, ours);
        return Optional.of(String.format(Locale.ROOT, x >= 100 ? "%,.0f×" : "%.2f×", x));
    }

    static String seconds(double s) {
        if (s < 1e-3) {
            return String.format(Locale.ROOT, "%.0f µs", s * 1e6);
        }
        if (s < 1) {
            return String.format(Locale.ROOT, "%.2f ms", s * 1e3);
        }
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    static String bytes(long b) {
        return String.format(Locale.ROOT, "%.1f MB (%,d bytes)", b / 1e6, b);
    }

    private static String group(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%,d", v.longValue())).orElse("?");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    private void line(String text) {
        md.append(text).append('\n');
    }
}
