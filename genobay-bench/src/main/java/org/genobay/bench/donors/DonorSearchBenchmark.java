package org.genobay.bench.donors;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.ImgtReleaseReader;
import org.genobay.hla.TypingParser;
import org.genobay.hla.match.HlaMatcher;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.MatchResult;
import org.genobay.hla.match.PreparedTyping;
import org.genobay.hla.search.Candidate;
import org.genobay.hla.search.DonorIndex;
import org.genobay.hla.search.DonorKind;
import org.genobay.hla.search.DonorSearch;
import org.genobay.hla.search.SearchRequest;
import org.genobay.hla.search.SearchResult;

/**
 * Indexes synthetic registries of several sizes and times 0-, 1- and 2-mismatch searches (A, B, C, DRB1, DQB1: x/10)
 * for random patients; on one size, checks the index's results for a few patients against an exhaustive scan with
 * {@link HlaMatcher#match} and times that scan. Run by {@code genobay-bench/run-donor-search.sh}, which states the
 * options.
 */
public final class DonorSearchBenchmark {
    private DonorSearchBenchmark() {}

    public static void main(String[] args) {
        Options options = Options.parse(args);
        HlaRelease release = ImgtReleaseReader.read(options.imgt());
        HaplotypeSampler frequencies = HaplotypeSampler.read(options.freqs());
        SyntheticRegistry registry = new SyntheticRegistry(release, frequencies, options.seed());
        TypingParser parser = new TypingParser(release);
        HlaMatcher matcher = new HlaMatcher(release);
        List<PreparedTyping> patients = new ArrayList<>();
        for (int p = 0; p < options.patients(); p++) {
            patients.add(matcher.prepare(parser.parse(registry.patient(p))));
        }
        log("release %s, %d haplotypes, %d patients", release.version(), frequencies.size(), patients.size());
        List<SizeResult> sizes = new ArrayList<>();
        Optional<CheckResult> check = Optional.empty();
        for (int size : options.sizes()) {
            long before = usedHeapAfterGc();
            long start = System.nanoTime();
            DonorIndex index = build(registry, matcher, parser, size);
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            long heap = usedHeapAfterGc() - before;
            long distinct = Locus.TEN.stream().mapToLong(index::distinctTypings).sum();
            log(
                    "%,d donors: built in %.1f s, %,d bytes heap (%.1f per donor), %,d distinct locus typings",
                    size, buildSeconds, heap, (double) heap / size, distinct);
            DonorSearch search = new DonorSearch(index);
            for (int w = 0; w < Math.min(20, patients.size()); w++) {
                search.search(request(patients.get(w), 2, options.limit()));
            }
            List<SearchTimes> times = new ArrayList<>();
            for (int k = 0; k <= 2; k++) {
                times.add(time(search, patients, k, options.limit()));
                log(
                        "  k=%d: median %.0f ms, p95 %.0f ms, max %.0f ms, median %,d qualifying",
                        k,
                        times.get(k).medianMs(),
                        times.get(k).p95Ms(),
                        times.get(k).maxMs(),
                        times.get(k).medianQualifying());
            }
            sizes.add(new SizeResult(size, buildSeconds, heap, index.bitmapBytes(), distinct, times));
            if (size == options.checkDonors()) {
                check = Optional.of(check(registry, matcher, parser, search, patients, options.checkPatients(), size));
            }
        }
        new DonorSearchReport(options, sizes, check, release.version(), frequencies.size()).write();
    }

    static DonorIndex build(SyntheticRegistry registry, HlaMatcher matcher, TypingParser parser, int size) {
        DonorIndex.Builder builder = DonorIndex.builder(matcher, parser);
        for (int i = 0; i < size; i++) {
            DonorKind kind = SyntheticRegistry.cordBloodUnit(i) ? DonorKind.CORD_BLOOD_UNIT : DonorKind.DONOR;
            builder.add(i, kind, registry.donor(i));
        }
        return builder.build();
    }

    private static SearchRequest request(PreparedTyping patient, int k, int limit) {
        return new SearchRequest(patient, Locus.TEN, k, EnumSet.allOf(DonorKind.class), limit);
    }

    private static SearchTimes time(DonorSearch search, List<PreparedTyping> patients, int k, int limit) {
        double[] ms = new double[patients.size()];
        long[] qualifying = new long[patients.size()];
        long[] returned = new long[patients.size()];
        for (int p = 0; p < patients.size(); p++) {
            long start = System.nanoTime();
            SearchResult result = search.search(request(patients.get(p), k, limit));
            ms[p] = (System.nanoTime() - start) / 1e6;
            qualifying[p] = result.qualifying();
            returned[p] = result.candidates().size();
        }
        return SearchTimes.of(k, ms, qualifying, returned);
    }

    /**
     * Regenerates every donor, prepares it whole and compares it with each checked patient by {@link
     * HlaMatcher#match} on one thread; the index must find the same donors for k = 0, 1, 2 with equal results.
     */
    private static CheckResult check(
            SyntheticRegistry registry,
            HlaMatcher matcher,
            TypingParser parser,
            DonorSearch search,
            List<PreparedTyping> patients,
            int count,
            int size) {
        log("exhaustive check: %,d donors x %d patients", size, count);
        List<Map<Long, MatchResult>> expected = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            expected.add(new HashMap<>());
        }
        Map<String, PreparedTyping> cache = new HashMap<>();
        long matchNanos = 0;
        long start = System.nanoTime();
        for (int i = 0; i < size; i++) {
            String gl = registry.donor(i);
            PreparedTyping donor = cache.get(gl);
            if (donor == null) {
                donor = matcher.prepare(parser.parse(gl));
                if (cache.size() < 200_000) {
                    cache.put(gl, donor);
                }
            }
            long t = System.nanoTime();
            for (int p = 0; p < count; p++) {
                MatchResult result = matcher.match(patients.get(p), donor, Locus.TEN);
                if (mismatches(result) <= 2) {
                    expected.get(p).put((long) i, result);
                }
            }
            matchNanos += System.nanoTime() - t;
        }
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        boolean same = true;
        long compared = 0;
        for (int p = 0; p < count; p++) {
            for (int k = 0; k <= 2; k++) {
                SearchResult found = search.search(request(patients.get(p), k, Integer.MAX_VALUE));
                Map<Long, MatchResult> want = new HashMap<>();
                for (Map.Entry<Long, MatchResult> e : expected.get(p).entrySet()) {
                    if (mismatches(e.getValue()) <= k) {
                        want.put(e.getKey(), e.getValue());
                    }
                }
                Map<Long, MatchResult> got = new HashMap<>();
                for (Candidate c : found.candidates()) {
                    got.put(c.donorId(), c.match());
                }
                same &= got.equals(want) && found.qualifying() == want.size();
                compared += want.size();
            }
        }
        double scanSeconds = matchNanos / 1e9 / count;
        log(
                "  same results: %s (%,d donor results compared); exhaustive scan %.2f s per patient (match only)",
                same, compared, scanSeconds);
        return new CheckResult(size, count, same, compared, scanSeconds, totalSeconds);
    }

    static int mismatches(MatchResult result) {
        int sum = 0;
        for (LocusMatch locus : result.loci()) {
            if (locus instanceof LocusMatch.Compared c) {
                sum += c.mismatches();
            }
        }
        return sum;
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void log(String format, Object... args) {
        System.out.printf(format + "%n", args);
        System.out.flush();
    }

    /**
     * The exhaustive comparison's outcome.
     *
     * @param donors donors scanned
     * @param patients patients checked
     * @param same whether the index found the same donors with equal results for every patient and k
     * @param compared donor results compared
     * @param scanSecondsPerPatient time of the match calls of one patient over all donors, one thread
     * @param totalSeconds the whole scan, including preparing every donor's typing
     */
    record CheckResult(
            int donors, int patients, boolean same, long compared, double scanSecondsPerPatient, double totalSeconds) {}

    /** Command-line options: {@code --imgt DIR --freqs FILE --sizes N,N --patients P --check-donors N ...}. */
    record Options(
            Path imgt,
            Path freqs,
            List<Integer> sizes,
            int patients,
            int checkDonors,
            int checkPatients,
            long seed,
            int limit,
            Optional<Path> docs,
            String commandLine) {
        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected an option, found '" + args[i] + "'");
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("option '" + args[args.length - 1] + "' has no value");
            }
            List<Integer> sizes = new ArrayList<>();
            for (String s : values.getOrDefault("sizes", "50000,1000000,5000000,10000000")
                    .split(",")) {
                sizes.add(Integer.parseInt(s.strip()));
            }
            return new Options(
                    Path.of(values.getOrDefault("imgt", "../shared/data/hla/imgt/3.58.0")),
                    Path.of(values.getOrDefault("freqs", "../shared/data/hla/wmda-mvt/CAU.freqs.gz")),
                    List.copyOf(sizes),
                    Integer.parseInt(values.getOrDefault("patients", "100")),
                    Integer.parseInt(values.getOrDefault("check-donors", "50000")),
                    Integer.parseInt(values.getOrDefault("check-patients", "5")),
                    Long.parseLong(values.getOrDefault("seed", "20240601")),
                    Integer.parseInt(values.getOrDefault("limit", "100")),
                    Optional.ofNullable(values.get("docs")).map(Path::of),
                    values.getOrDefault("command", "genobay-bench/run-donor-search.sh"));
        }
    }
}
