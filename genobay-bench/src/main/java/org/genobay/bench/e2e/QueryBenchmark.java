package org.genobay.bench.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;
import org.genobay.variants.VariantCounts;
import org.genobay.variants.VariantStore;

/**
 * The query side of the benchmark, in one JVM: random 10k-variant regions with random half cohorts (fixed seed), the
 * bcftools pipeline timed on a few and its per-allele AC/AN compared with ours, our in-process query timed warm on
 * many, the whole-dataset count for random half cohorts, and the same region query in a fresh JVM (cold).
 *
 * <pre>
 * java -cp ... org.genobay.bench.e2e.QueryBenchmark --store DIR --dataset NAME --vcf FILE.vcf.gz --work DIR
 *      --out query.properties [--region-variants 10000] [--queries 300] [--rounds 3] [--bcftools-cases 5]
 *      [--cold-cases 5] [--whole-runs 5] [--bcftools-whole-runs 1] [--seed 42]
 *      [--cold-command 'TEMPLATE with {store} {dataset} {region} {samples}']
 * </pre>
 */
public final class QueryBenchmark {
    private final Dataset dataset;
    private final BenchmarkOptions options;
    private final BcftoolsReference bcftools;
    private final Results results;
    private final Sink sink = new Sink();

    private QueryBenchmark(Dataset dataset, BenchmarkOptions options, Results results) {
        this.dataset = dataset;
        this.options = options;
        this.bcftools = new BcftoolsReference(options.path("vcf"), options.path("work"));
        this.results = results;
    }

    public static void main(String[] args) {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Results results = new Results();
        try (VariantStore store = VariantStore.open(options.path("store"))) {
            new QueryBenchmark(store.dataset(options.text("dataset", "synth")), options, results).run();
        }
        results.write(options.path("out"));
    }

    private void run() {
        long seed = options.number("seed", 42);
        long t = System.nanoTime();
        VariantPositions positions = VariantPositions.of(dataset);
        results.put("dataset.variants", positions.total());
        results.put("dataset.samples", dataset.sampleIds().size());
        results.put("dataset.firstPassSeconds", (System.nanoTime() - t) / 1e9);
        int regionVariants = (int) options.number("region-variants", 10_000);
        int queries = (int) options.number("queries", 300);
        List<QueryCase> cases = QueryCases.draw(positions, dataset.sampleIds(), regionVariants, queries, seed);
        results.put("query.regionVariants", regionVariants);
        results.put("query.cohortSize", cases.get(0).samples().size());
        results.put("query.seed", seed);
        checkAndTimeBcftools(cases.subList(0, (int) Math.min(queries, options.number("bcftools-cases", 5))));
        timeWarm(cases, (int) options.number("rounds", 3));
        timeWhole((int) options.number("whole-runs", 5), (int) options.number("bcftools-whole-runs", 1), seed);
        timeCold(cases.subList(0, (int) Math.min(queries, options.number("cold-cases", 5))));
    }

    private void checkAndTimeBcftools(List<QueryCase> cases) {
        long[] nanos = new long[cases.size()];
        long rows = 0;
        long mismatches = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            QueryCase c = cases.get(i);
            Path samples = bcftools.samplesFile(c.samples(), "half-" + i + ".txt");
            nanos[i] = bcftools.regionCounts(samples, c.bcftoolsRegion()).timed();
            List<String> theirs =
                    bcftools.regionCountsPerAllele(samples, c.bcftoolsRegion()).lines();
            List<String> ours = new ArrayList<>();
            dataset.forEachInRegion(c.region(), dataset.cohort(c.samples()), vc -> ours.add(RegionCounts.row(vc)));
            rows += theirs.size();
            Set<String> onlyTheirs = new HashSet<>(theirs);
            ours.forEach(onlyTheirs::remove);
            Set<String> onlyOurs = new HashSet<>(ours);
            theirs.forEach(onlyOurs::remove);
            long bad = onlyTheirs.size() + onlyOurs.size();
            if (bad == 0 && !sorted(theirs).equals(sorted(ours))) {
                bad = 1; // same rows, different multiplicities
            }
            mismatches += bad;
            for (String row : onlyTheirs) {
                if (examples.size() < 5) {
                    examples.add(c.bcftoolsRegion() + " bcftools: " + row.replace('\t', ' '));
                }
            }
            for (String row : onlyOurs) {
                if (examples.size() < 10) {
                    examples.add(c.bcftoolsRegion() + " genobay: " + row.replace('\t', ' '));
                }
            }
            System.err.printf(
                    "region %s: bcftools %.2f s, %d rows, %d differ%n",
                    c.bcftoolsRegion(), nanos[i] / 1e9, theirs.size(), bad);
        }
        results.put("bcftools.region", Distribution.ofNanos(nanos));
        results.put("check.regions", cases.size());
        results.put("check.rows", rows);
        results.put("check.mismatches", mismatches);
        for (int i = 0; i < examples.size(); i++) {
            results.put("check.example." + i, examples.get(i));
        }
    }

    private void timeWarm(List<QueryCase> cases, int rounds) {
        long[] total = new long[cases.size() * rounds];
        long[] queryOnly = new long[total.length];
        long[] cohortOnly = new long[total.length];
        long[] variants = new long[cases.size()];
        for (int round = -1; round < rounds; round++) { // round -1 warms the JIT up
            for (int i = 0; i < cases.size(); i++) {
                QueryCase c = cases.get(i);
                long before = sink.rows;
                long t0 = System.nanoTime();
                Cohort cohort = dataset.cohort(c.samples());
                long t1 = System.nanoTime();
                dataset.forEachInRegion(c.region(), cohort, sink);
                long t2 = System.nanoTime();
                if (round >= 0) {
                    int k = round * cases.size() + i;
                    total[k] = t2 - t0;
                    queryOnly[k] = t2 - t1;
                    cohortOnly[k] = t1 - t0;
                } else {
                    variants[i] = sink.rows - before;
                }
            }
        }
        results.put("java.region", Distribution.ofNanos(total));
        results.put("java.regionQueryOnly", Distribution.ofNanos(queryOnly));
        results.put("java.cohort", Distribution.ofNanos(cohortOnly));
        results.put("query.variantsPerRegion", sorted(variants)[variants.length / 2]);
        results.put("query.cases", cases.size());
        results.put("query.rounds", rounds);
        System.err.printf("warm region query: %s%n", Distribution.ofNanos(total));
    }

    private void timeWhole(int runs, int bcftoolsRuns, long seed) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        dataset.forEach(dataset.allSamples(), sink); // warm-up
        long[] nanos = new long[runs];
        long counted = 0;
        for (int i = 0; i < runs; i++) {
            Cohort cohort = dataset.cohort(QueryCases.randomHalf(dataset.sampleIds(), random));
            long before = sink.rows;
            long t0 = System.nanoTime();
            dataset.forEach(cohort, sink);
            nanos[i] = System.nanoTime() - t0;
            counted = sink.rows - before;
        }
        results.put("java.whole", Distribution.ofNanos(nanos));
        results.put("whole.variants", counted);
        System.err.printf("whole-dataset counts: %s%n", Distribution.ofNanos(nanos));
        if (bcftoolsRuns > 0) {
            Path samples = bcftools.samplesFile(QueryCases.randomHalf(dataset.sampleIds(), random), "half-whole.txt");
            long[] theirs = new long[bcftoolsRuns];
            for (int i = 0; i < bcftoolsRuns; i++) {
                theirs[i] = bcftools.wholeCounts(samples).timed();
            }
            results.put("bcftools.whole", Distribution.ofNanos(theirs));
            System.err.printf("bcftools whole-file counts: %s%n", Distribution.ofNanos(theirs));
        }
    }

    private void timeCold(List<QueryCase> cases) {
        if (cases.isEmpty()) {
            return;
        }
        String template = options.text("cold-command", defaultColdCommand());
        long[] nanos = new long[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            QueryCase c = cases.get(i);
            Path samples = bcftools.samplesFile(c.samples(), "half-" + i + ".txt");
            String command = template.replace(
                            "{store}", ShellCommand.quote(options.path("store").toString()))
                    .replace("{dataset}", ShellCommand.quote(dataset.name()))
                    .replace("{region}", ShellCommand.quote(c.bcftoolsRegion()))
                    .replace("{samples}", ShellCommand.quote(samples.toString()));
            nanos[i] = new ShellCommand(command).timed();
        }
        results.put("java.cold", Distribution.ofNanos(nanos));
        results.put("java.coldCommand", template);
        System.err.printf("cold region query: %s%n", Distribution.ofNanos(nanos));
    }

    private static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        copy.sort(null);
        return copy;
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }

    private static String defaultColdCommand() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return ShellCommand.quote(java) + " -cp " + ShellCommand.quote(System.getProperty("java.class.path")) + " "
                + RegionCounts.class.getName() + " {store} {dataset} {region} {samples}";
    }

    /** Consumes every row so that no query is optimised away. */
    private static final class Sink implements Consumer<VariantCounts> {
        long rows;
        long alleles;

        @Override
        public void accept(VariantCounts vc) {
            rows++;
            alleles += vc.counts().ac() + vc.counts().an();
        }
    }
}
