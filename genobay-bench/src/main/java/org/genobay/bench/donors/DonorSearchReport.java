package org.genobay.bench.donors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genobay.bench.DocSections;

/**
 * The donor-search section of {@code docs/benchmarks.md}, between {@code <!-- section: donor-search -->} and {@code
 * <!-- end section: donor-search -->}: replaced where present, appended otherwise; the rest of the file is left as it
 * is (other scripts write the variant sections).
 */
record DonorSearchReport(
        DonorSearchBenchmark.Options options,
        List<SizeResult> sizes,
        Optional<DonorSearchBenchmark.CheckResult> check,
        String release,
        int haplotypes) {
    static final String BEGIN = DocSections.begin("donor-search");
    static final String END = DocSections.end("donor-search");
    private static final long PROJECTED = 40_000_000L;

    void write() {
        String section = section();
        if (options.docs().isEmpty()) {
            System.out.println(section);
            return;
        }
        Path docs = options.docs().get();
        try {
            DocSections.replace(docs, "donor-search", section);
            System.out.println("wrote the donor-search section of " + docs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + docs, e);
        }
    }

    String section() {
        StringBuilder s = new StringBuilder();
        s.append(BEGIN).append('\n');
        s.append("## HLA donor search (`org.genobay.hla.search`)\n\n");
        s.append(
                        "Synthetic registry (`org.genobay.bench.donors.SyntheticRegistry`): each donor two haplotypes drawn from ")
                .append("NMDP's five-locus CAU frequencies (`wmda-mvt/CAU.freqs.gz`, ")
                .append(haplotypes)
                .append(" haplotypes, read at run time, not copied), DPB1 from an approximate European table; ")
                .append("resolution per donor: 40% two-field (a quarter allele-level), 25% allele lists (G-group or ")
                .append(
                        "first-field relatives, MAC-like), 20% XX codes, 15% serology at A, B, DRB1 only; DQB1 untyped ")
                .append(
                        "for 10% of molecular donors, DPB1 typed for 30% of high-resolution donors and 5% of the rest; ")
                .append("every fifth entry a cord-blood unit. IMGT/HLA ")
                .append(release)
                .append(". ")
                .append(options.patients())
                .append(" random patients (same draw, two-field), searched at A, B, C, DRB1, DQB1 (x/10), ")
                .append("donors and cord-blood units, the best ")
                .append(options.limit())
                .append(" returned with full grades and confidences; seed ")
                .append(options.seed())
                .append(".\n\n");
        s.append("Machine: ").append(machine()).append("\n\n");
        s.append("Reproduce: `").append(options.commandLine()).append("`\n\n");
        s.append(
                        "| donors | build (s) | heap (MiB) | bytes/donor | distinct locus typings | k | median (ms) | p95 (ms) ")
                .append("| max (ms) | median qualifying | median returned |\n");
        s.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult size : sizes) {
            for (SearchTimes t : size.times()) {
                boolean first = t.k() == 0;
                s.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %d | %.0f | %.0f | %.0f | %,d | %,d |%n",
                        first ? String.format(Locale.ROOT, "%,d", size.donors()) : "",
                        first ? String.format(Locale.ROOT, "%.1f", size.buildSeconds()) : "",
                        first ? String.format(Locale.ROOT, "%.0f", size.heapBytes() / 1048576.0) : "",
                        first ? String.format(Locale.ROOT, "%.1f", size.bytesPerDonor()) : "",
                        first ? String.format(Locale.ROOT, "%,d", size.distinctTypings()) : "",
                        t.k(),
                        t.medianMs(),
                        t.p95Ms(),
                        t.maxMs(),
                        t.medianQualifying(),
                        t.medianReturned()));
            }
        }
        s.append('\n');
        s.append(scaling());
        s.append(checkText());
        s.append(targets());
        s.append(END);
        return s.toString();
    }

    private String scaling() {
        if (sizes.size() < 2) {
            return "";
        }
        StringBuilder s =
                new StringBuilder("**Scaling** (least-squares line over the sizes measured; 40 M projected):\n\n");
        s.append("| | slope per million donors | intercept | projected at 40 M |\n|---|---:|---:|---:|\n");
        double[] n = sizes.stream().mapToDouble(r -> r.donors() / 1e6).toArray();
        for (int k = 0; k <= 2; k++) {
            int kk = k;
            double[] ms = sizes.stream()
                    .mapToDouble(r -> r.times().get(kk).medianMs())
                    .toArray();
            double[] fit = fit(n, ms);
            s.append(String.format(
                    Locale.ROOT,
                    "| median search, k = %d | %.1f ms | %.0f ms | %.0f ms |%n",
                    k,
                    fit[1],
                    fit[0],
                    fit[0] + fit[1] * PROJECTED / 1e6));
        }
        double[] heap =
                sizes.stream().mapToDouble(r -> r.heapBytes() / 1048576.0).toArray();
        double[] fit = fit(n, heap);
        s.append(String.format(
                Locale.ROOT,
                "| index heap | %.1f MiB | %.0f MiB | %.0f MiB |%n%n",
                fit[1],
                fit[0],
                fit[0] + fit[1] * PROJECTED / 1e6));
        return s.toString();
    }

    private String checkText() {
        if (check.isEmpty()) {
            return "";
        }
        DonorSearchBenchmark.CheckResult c = check.get();
        return String.format(
                Locale.ROOT,
                "**Checked against an exhaustive scan** (the reference: every donor prepared whole and compared with "
                        + "`HlaMatcher.match`, one thread; Atlas cannot run here): %,d donors, %d patients, k = 0, 1, 2: "
                        + "%s (%,d donor results compared, each `MatchResult` equal). The exhaustive scan takes %.2f s "
                        + "per patient in its match calls alone (%.0f s for the whole check including preparing every "
                        + "typing), about %.1f s per patient extrapolated linearly to %,d donors, against the index's "
                        + "medians above. The check runs on a small registry because preparing every typing whole for "
                        + "the reference costs about %.1f ms per donor.%n%n",
                c.donors(),
                c.patients(),
                c.same() ? "the same donors with the same results" : "**DIFFERENT RESULTS**",
                c.compared(),
                c.scanSecondsPerPatient(),
                c.totalSeconds(),
                c.scanSecondsPerPatient() * largest() / c.donors(),
                largest(),
                c.totalSeconds() * 1000 / c.donors());
    }

    private int largest() {
        return sizes.stream().mapToInt(SizeResult::donors).max().orElse(0);
    }

    private String targets() {
        Optional<SizeResult> largest = sizes.stream().max((a, b) -> Integer.compare(a.donors(), b.donors()));
        if (largest.isEmpty()) {
            return "";
        }
        SizeResult l = largest.get();
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "**Targets** (%,d donors: median under 1 s, p95 under 3 s, with grades):%n%n",
                l.donors()));
        for (SearchTimes t : l.times()) {
            s.append(String.format(
                    Locale.ROOT,
                    "- k = %d: median %.0f ms %s, p95 %.0f ms %s%n",
                    t.k(),
                    t.medianMs(),
                    t.medianMs() < 1000 ? "(met)" : "(**not met**)",
                    t.p95Ms(),
                    t.p95Ms() < 3000 ? "(met)" : "(**not met**)"));
        }
        s.append(String.format(
                Locale.ROOT,
                "- index memory: %.1f bytes per donor (%.0f MiB), stated%n%n",
                l.bytesPerDonor(),
                l.heapBytes() / 1048576.0));
        return s.toString();
    }

    /** {intercept, slope} of the least-squares line y = a + b x. */
    static double[] fit(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {my - slope * mx, slope};
    }

    private static String machine() {
        String cpu = "unknown CPU";
        String load = "";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
            load = ", load average at the end "
                    + Files.readString(Path.of("/proc/loadavg")).split(" ")[0]
                    + " (a load near 2 means the run had the 2 cores to itself)";
        } catch (IOException e) {
            // not Linux: leave it out
        }
        return String.format(
                Locale.ROOT,
                "%d cores (%s), JVM %s %s, -Xmx%d MiB%s",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1048576,
                load);
    }
}
