package org.genobay.bench.probability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.genobay.bench.DocSections;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.ImgtReleaseReader;
import org.genobay.hla.TypingParser;
import org.genobay.hla.probability.GenotypeImputation;
import org.genobay.hla.probability.HaplotypeFrequencies;
import org.genobay.hla.probability.Imputation;
import org.genobay.hla.probability.MatchProbability;
import org.genobay.hla.probability.MismatchProbabilities;

/**
 * Match probability of one patient (from the WMDA set's {@code pat.gl}) against N donors ({@code don.gl}), timed per
 * patient over several patients, in one thread. Two figures: with the donors' imputations cached, as a registry keeps
 * them (patient imputed, then compared with every donor), and from scratch (the donors parsed and imputed too, with a
 * fresh imputation so no expansion is cached). Writes the results as the {@code match-probability} section of a
 * Markdown file, replacing that section if it is there and leaving the rest of the file as it is.
 *
 * <p>{@code --data DIR} (wmda-mvt folder), {@code --release DIR} (an IMGT/HLA release), {@code --patients N}
 * (default 20), {@code --donors N} (default 1000), {@code --docs FILE} (optional).
 */
public final class MatchProbabilityBenchmark {
    static final String BEGIN = DocSections.begin("match-probability");
    static final String END = DocSections.end("match-probability");

    private MatchProbabilityBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of("../shared/data/hla/wmda-mvt");
        Path releaseDir = Path.of("../shared/data/hla/imgt/3.58.0");
        int patients = 20;
        int donors = 1000;
        Path docs = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--data" -> data = Path.of(value);
                case "--release" -> releaseDir = Path.of(value);
                case "--patients" -> patients = Integer.parseInt(value);
                case "--donors" -> donors = Integer.parseInt(value);
                case "--docs" -> docs = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--data DIR --release DIR --patients N --donors N --docs FILE)");
            }
        }
        long t0 = System.nanoTime();
        HaplotypeFrequencies table = HaplotypeFrequencies.read(data.resolve("CAU.freqs.gz"));
        HlaRelease release = ImgtReleaseReader.read(releaseDir);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        TypingParser parser = new TypingParser(release);
        List<String> patientTypings = typings(data.resolve("pat.gl.txt.gz"), patients);
        List<String> donorTypings = typings(data.resolve("don.gl.txt.gz"), donors);
        MatchProbability matchProbability = new MatchProbability(table);

        // registry cache: each donor imputed and prepared once
        GenotypeImputation registry = new GenotypeImputation(table, release);
        long c0 = System.nanoTime();
        List<MatchProbability.Prepared> cached = prepareDonors(parser, registry, matchProbability, donorTypings);
        double cacheSeconds = (System.nanoTime() - c0) / 1e9;
        int donorGenotypes =
                cached.stream().mapToInt(MatchProbability.Prepared::genotypes).sum();
        int unexplained = donorTypings.size() - cached.size();

        // warm-up (JIT), not timed
        for (int i = 0; i < Math.min(3, patientTypings.size()); i++) {
            withCache(parser, registry, matchProbability, patientTypings.get(i), cached);
            fromScratch(parser, table, release, matchProbability, patientTypings.get(i), donorTypings);
        }
        double[] warm = new double[patientTypings.size()];
        double[] cold = new double[patientTypings.size()];
        double[] tenOfTen = new double[patientTypings.size()];
        int patientGenotypes = 0;
        for (int i = 0; i < patientTypings.size(); i++) {
            long s = System.nanoTime();
            Result r = withCache(parser, registry, matchProbability, patientTypings.get(i), cached);
            warm[i] = (System.nanoTime() - s) / 1e9;
            s = System.nanoTime();
            fromScratch(parser, table, release, matchProbability, patientTypings.get(i), donorTypings);
            cold[i] = (System.nanoTime() - s) / 1e9;
            tenOfTen[i] = r.bestTenOfTen;
            patientGenotypes += r.patientGenotypes;
        }
        String section = section(
                table,
                patientTypings.size(),
                donorTypings.size(),
                loadSeconds,
                cacheSeconds,
                donorGenotypes,
                unexplained,
                patientGenotypes,
                warm,
                cold);
        System.out.println(section);
        if (docs != null) {
            writeSection(docs, section);
            System.out.println("written to " + docs);
        }
    }

    private record Result(int patientGenotypes, double bestTenOfTen) {}

    private static Result withCache(
            TypingParser parser,
            GenotypeImputation imputation,
            MatchProbability matchProbability,
            String patient,
            List<MatchProbability.Prepared> donors) {
        Imputation result = imputation.impute(parser.parse(patient));
        if (!(result instanceof Imputation.Imputed imputed)) {
            return new Result(0, 0);
        }
        MatchProbability.Prepared p = matchProbability.prepare(imputed);
        double best = 0;
        for (MatchProbability.Prepared donor : donors) {
            MismatchProbabilities m = matchProbability.compute(p, donor);
            best = Math.max(best, m.matched(10));
        }
        return new Result(p.genotypes(), best);
    }

    private static void fromScratch(
            TypingParser parser,
            HaplotypeFrequencies table,
            HlaRelease release,
            MatchProbability matchProbability,
            String patient,
            List<String> donorTypings) {
        GenotypeImputation fresh = new GenotypeImputation(table, release);
        List<MatchProbability.Prepared> donors = prepareDonors(parser, fresh, matchProbability, donorTypings);
        withCache(parser, fresh, matchProbability, patient, donors);
    }

    private static List<MatchProbability.Prepared> prepareDonors(
            TypingParser parser, GenotypeImputation imputation, MatchProbability mp, List<String> typings) {
        List<MatchProbability.Prepared> prepared = new ArrayList<>();
        for (String typing : typings) {
            if (imputation.impute(parser.parse(typing)) instanceof Imputation.Imputed imputed) {
                prepared.add(mp.prepare(imputed));
            }
        }
        return prepared;
    }

    private static List<String> typings(Path file, int limit) throws IOException {
        List<String> typings = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && typings.size() < limit; line = in.readLine()) {
                if (!line.isBlank()) {
                    typings.add(line.substring(line.indexOf('%') + 1));
                }
            }
        }
        return typings;
    }

    private static String section(
            HaplotypeFrequencies table,
            int patients,
            int donors,
            double loadSeconds,
            double cacheSeconds,
            int donorGenotypes,
            int unexplained,
            int patientGenotypes,
            double[] warm,
            double[] cold) {
        Runtime rt = Runtime.getRuntime();
        return String.join(
                "\n",
                BEGIN,
                "## HLA match probability",
                "",
                "Run: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", `genobay-bench/run-match-probability.sh`,"
                        + " one thread, " + rt.availableProcessors() + " cores visible, JDK "
                        + System.getProperty("java.vm.version") + ".",
                "",
                "One patient of the WMDA validation set (`pat.gl`) against the first " + String.format("%,d", donors)
                        + " donors (`don.gl`): impute, then P(0/1/2 mismatches) per locus and P(10/10 ... 0/10) for"
                        + " every pair, with the " + table.size() + "-haplotype CAU table ("
                        + String.join("~", table.loci()) + "). Median and maximum over " + patients
                        + " patients (the first of"
                        + " `pat.gl`), after a warm-up of 3.",
                "",
                "| | median | max | target |",
                "|---|---|---|---|",
                "| donors' imputations cached (registry): impute the patient, compare with " + donors + " donors | "
                        + seconds(median(warm)) + " | " + seconds(max(warm)) + " | < 5 s |",
                "| from scratch: parse and impute the " + donors + " donors too, then the same | "
                        + seconds(median(cold)) + " | " + seconds(max(cold)) + " | |",
                "",
                String.format(
                        Locale.ROOT,
                        "Imputing and preparing the %,d donors once (the registry's cache) took %.2f s: %,d"
                                + " genotypes in all (%.0f a donor), %d donors with no consistent genotype. The %d"
                                + " patients had %.0f genotypes each on average. Loading the table and IMGT/HLA"
                                + " release (not in the figures): %.1f s.",
                        donors,
                        cacheSeconds,
                        donorGenotypes,
                        donorGenotypes / (double) Math.max(1, donors - unexplained),
                        unexplained,
                        patients,
                        patientGenotypes / (double) patients,
                        loadSeconds),
                "",
                "Correctness is checked by tests, not here: the imputation reproduces NMDP's published imputation"
                        + " of all 1,000 patients and donors D000001-D000100 (`ImputationReproducesNmdpTest`). No"
                        + " reference tool ran beside it: NMDP's py-graph-imputation (Python) is not installed here; its"
                        + " published output is the reference for correctness, not for speed.",
                END);
    }

    static void writeSection(Path docs, String section) throws IOException {
        DocSections.replace(docs, "match-probability", section);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static String seconds(double s) {
        return s < 1 ? String.format(Locale.ROOT, "%.0f ms", s * 1000) : String.format(Locale.ROOT, "%.2f s", s);
    }
}
