package org.genobay.bench.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.genobay.variants.Region;

/** Draws the benchmark's random regions of a fixed number of variants and random half cohorts, from a seed. */
public final class QueryCases {
    private QueryCases() {}

    /**
     * @param regionVariants stored variants per region: the region runs from the position of a random variant to the
     *     position of the one {@code regionVariants - 1} later (it may hold a few more: variants at the same position,
     *     deletions reaching in)
     */
    public static List<QueryCase> draw(
            VariantPositions positions, List<String> sampleIds, int regionVariants, int count, long seed) {
        List<Integer> contigs = positions.contigsWithAtLeast(regionVariants);
        if (contigs.isEmpty()) {
            throw new IllegalArgumentException("no contig holds " + regionVariants + " variants");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<QueryCase> cases = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            int contig = contigs.get(random.nextInt(contigs.size()));
            int[] pos = positions.positions(contig);
            int first = random.nextInt(pos.length - regionVariants + 1);
            Region region = new Region(positions.contig(contig), pos[first], pos[first + regionVariants - 1]);
            cases.add(new QueryCase(region, regionVariants, randomHalf(sampleIds, random)));
        }
        return cases;
    }

    /** Half of the samples (rounded down), drawn without replacement, in dataset order. */
    public static List<String> randomHalf(List<String> sampleIds, SplittableRandom random) {
        int n = sampleIds.size();
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        int k = n / 2;
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = index[i];
            index[i] = index[j];
            index[j] = t;
        }
        java.util.Arrays.sort(index, 0, k);
        List<String> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            out.add(sampleIds.get(index[i]));
        }
        return out;
    }
}
