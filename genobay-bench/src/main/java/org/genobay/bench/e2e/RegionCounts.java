package org.genobay.bench.e2e;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;
import org.genobay.variants.Region;
import org.genobay.variants.VariantCounts;
import org.genobay.variants.VariantStore;

/**
 * One region query in a fresh JVM, as a user's command would run it: open the store, make the cohort from a samples
 * file, print {@code CHROM POS REF ALT AC AN} per stored variant. The benchmark times it for the cold figure.
 *
 * <pre>java -cp ... org.genobay.bench.e2e.RegionCounts STORE DATASET REGION SAMPLES_FILE</pre>
 */
public final class RegionCounts {
    private RegionCounts() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: RegionCounts STORE DATASET REGION SAMPLES_FILE");
            System.exit(2);
        }
        List<String> samples = Files.readAllLines(Path.of(args[3])).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        try (VariantStore store = VariantStore.open(Path.of(args[0]));
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            Dataset dataset = store.dataset(args[1]);
            Cohort cohort = dataset.cohort(samples);
            dataset.forEachInRegion(Region.parse(args[2]), cohort, vc -> write(out, vc));
        }
    }

    static String row(VariantCounts vc) {
        var v = vc.variant();
        return v.chrom() + "\t" + v.pos() + "\t" + v.ref() + "\t" + v.alt() + "\t"
                + vc.counts().ac() + "\t" + vc.counts().an();
    }

    private static void write(BufferedWriter out, VariantCounts vc) {
        try {
            out.write(row(vc));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
