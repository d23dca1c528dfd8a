package org.genobay.hla;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how long reading a release and reducing typings take (no JMH; a rough figure for the docs, not a test).
 * Run after {@code ./mvnw -o test-compile -pl genobay-hla}:
 *
 * <pre>java -cp genobay-hla/target/classes:genobay-hla/target/test-classes org.genobay.hla.HlaSpeedMeasurement \
 *     ../shared/data/hla/imgt/3.58.0</pre>
 */
public final class HlaSpeedMeasurement {
    private HlaSpeedMeasurement() {}

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/hla/imgt/3.58.0");
        long start = System.nanoTime();
        HlaRelease release = ImgtReleaseReader.read(dir);
        Reducer reducer = new Reducer(release);
        System.out.printf("first read of %s (cold JVM), with reducer: %.0f ms%n", release, millis(start));
        List<Double> reads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            new Reducer(ImgtReleaseReader.read(dir));
            reads.add(millis(t));
        }
        System.out.printf(
                "warm reads with reducer: %s ms%n",
                reads.stream().map(d -> String.format("%.0f", d)).toList());

        TypingParser parser = new TypingParser(release);
        List<String> alleles = List.copyOf(release.alleles());
        for (Reduction level : List.of(Reduction.LGX, Reduction.S, Reduction.G)) {
            for (int round = 0; round < 3; round++) {
                long t = System.nanoTime();
                int chars = 0;
                for (String allele : alleles) {
                    chars += reducer.reduce(parser.parse(allele), level).length();
                }
                double ms = millis(t);
                if (round == 2) {
                    System.out.printf(
                            "parse + reduce to %s: %d alleles in %.0f ms, %.2f µs each (%d chars out)%n",
                            level.label(), alleles.size(), ms, ms * 1000 / alleles.size(), chars);
                }
            }
        }
        String gl = "A*01:01:01:01/A*01:02+A*02:01^B*07:02+B*08:01^C*07:01+C*07:02^DRB1*15:01+DRB1*03:01";
        long t = System.nanoTime();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            reducer.reduce(parser.parse(gl), Reduction.G);
        }
        System.out.printf("a 4-locus GL string to G: %.2f µs each%n", millis(t) * 1000 / n);
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
