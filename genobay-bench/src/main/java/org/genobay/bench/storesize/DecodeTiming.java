package org.genobay.bench.storesize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;
import org.genobay.variants.Region;
import org.genobay.variants.VariantStore;

/**
 * Encodes the variants with {@link HaplotypeBlockCodec}, checks that every block decodes to its rows and that cohort
 * counts from the changes equal popcounts of the original planes, then times region counts (10,000 variants, random
 * half cohort) with that codec beside the store's own query on the same regions, in one JVM, alternating.
 */
final class DecodeTiming {
    private static final int BLOCK_ROWS = 1024;
    private static final int REGION_VARIANTS = 10_000;

    private DecodeTiming() {}

    static String run(PhasedGenotypes g, Path store, String datasetName, int regions, long seed) {
        int v = g.variants();
        int blocks = (v + BLOCK_ROWS - 1) / BLOCK_ROWS;
        byte[][] encoded = new byte[blocks][];
        long bytes = 0;
        for (int b = 0; b < blocks; b++) {
            long[][] rows = rows(g, b);
            encoded[b] = HaplotypeBlockCodec.encode(rows);
            bytes += encoded[b].length - 8;
            if (!HaplotypeBlockCodec.equalRows(HaplotypeBlockCodec.decode(encoded[b], rows.length, g.hapWords), rows)) {
                throw new IllegalStateException("block " + b + " does not decode to its rows");
            }
        }
        Random random = new Random(seed);
        int[] half = randomHalf(g.samples, random);
        checkCounts(g, encoded, half);

        List<int[]> cases = new ArrayList<>();
        for (int i = 0; i < regions; i++) {
            cases.add(randomHalf(g.samples, random));
        }
        int[] starts = random.ints(regions, 0, v - REGION_VARIANTS).toArray();
        double[][] times = new double[2][];
        int storeRows = 0;
        try (VariantStore s = VariantStore.open(store)) {
            Dataset dataset = s.dataset(datasetName);
            List<String> ids = dataset.sampleIds();
            List<Cohort> cohorts = new ArrayList<>();
            for (int[] c : cases) {
                cohorts.add(dataset.cohort(Arrays.stream(c).mapToObj(ids::get).toList()));
            }
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            int[] het = new int[BLOCK_ROWS];
            int[] hom = new int[BLOCK_ROWS];
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < regions; i++) {
                    int first = starts[i];
                    int last = first + REGION_VARIANTS - 1;
                    Region region = new Region(g.contig, g.positions.get(first), g.positions.get(last));
                    int[] rowsSeen = {0};
                    long t0 = System.nanoTime();
                    dataset.forEachInRegion(region, cohorts.get(i), vc -> rowsSeen[0]++);
                    long t1 = System.nanoTime();
                    long[] mask = HaplotypeBlockCodec.haplotypeMask(cases.get(i), g.hapWords);
                    for (int b = first / BLOCK_ROWS; b <= last / BLOCK_ROWS; b++) {
                        int n = Math.min(BLOCK_ROWS, v - b * BLOCK_ROWS);
                        HaplotypeBlockCodec.count(encoded[b], n, g.hapWords, mask, het, hom);
                    }
                    long t2 = System.nanoTime();
                    if (round > 0) {
                        theirs.add((t1 - t0) / 1e6);
                        ours.add((t2 - t1) / 1e6);
                        storeRows = rowsSeen[0];
                    }
                }
            }
            times[0] = ours.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            times[1] = theirs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        return String.format(
                Locale.ROOT,
                "Haplotype codec (1 reference ≤ 1023, Rice): %,d bytes of genotypes (%.2f B/variant); every block"
                        + " decodes to its rows; counts of a random half cohort equal popcounts of the original planes"
                        + " for all %,d variants.%nRegion counts, %,d variants (the store returned %,d rows), random"
                        + " half cohort, %d regions x 3 rounds after one warm-up, one JVM: haplotype codec (one"
                        + " thread, whole blocks) median %.2f ms, p95 %.2f ms; the store's query (format 3, cohort"
                        + " made beforehand) median %.2f ms, p95 %.2f ms.%n",
                bytes,
                (double) bytes / v,
                v,
                REGION_VARIANTS,
                storeRows,
                regions,
                median(times[0]),
                p95(times[0]),
                median(times[1]),
                p95(times[1]));
    }

    private static long[][] rows(PhasedGenotypes g, int block) {
        int from = block * BLOCK_ROWS;
        int to = Math.min(g.variants(), from + BLOCK_ROWS);
        return g.haplotypes.subList(from, to).toArray(new long[0][]);
    }

    /** Het and hom counts from the codec against popcounts of the diploid planes, for every variant. */
    private static void checkCounts(PhasedGenotypes g, byte[][] encoded, int[] cohort) {
        long[] mask = HaplotypeBlockCodec.haplotypeMask(cohort, g.hapWords);
        long[] sampleMask = new long[g.width];
        for (int s : cohort) {
            sampleMask[s >>> 6] |= 1L << s;
        }
        int[] het = new int[BLOCK_ROWS];
        int[] hom = new int[BLOCK_ROWS];
        for (int b = 0; b < encoded.length; b++) {
            int n = Math.min(BLOCK_ROWS, g.variants() - b * BLOCK_ROWS);
            HaplotypeBlockCodec.count(encoded[b], n, g.hapWords, mask, het, hom);
            for (int r = 0; r < n; r++) {
                long[] planes = g.diploid.get(b * BLOCK_ROWS + r);
                int expectHet = 0;
                int expectHom = 0;
                for (int k = 0; k < g.width; k++) {
                    expectHet += Long.bitCount(planes[k] & sampleMask[k]);
                    expectHom += Long.bitCount(planes[g.width + k] & sampleMask[k]);
                }
                if (het[r] != expectHet || hom[r] != expectHom) {
                    throw new IllegalStateException(String.format(
                            Locale.ROOT,
                            "variant %d: codec counts het %d hom %d, planes %d %d",
                            b * BLOCK_ROWS + r,
                            het[r],
                            hom[r],
                            expectHet,
                            expectHom));
                }
            }
        }
    }

    private static int[] randomHalf(int samples, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            all.add(s);
        }
        Collections.shuffle(all, random);
        return all.subList(0, samples / 2).stream()
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(0.95 * (sorted.length - 1)))];
    }
}
