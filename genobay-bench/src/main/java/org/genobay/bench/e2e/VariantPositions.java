package org.genobay.bench.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genobay.variants.Dataset;

/** The positions of a dataset's stored variants, contig by contig in dataset order, to draw regions from. */
public final class VariantPositions {
    private final List<String> contigs;
    private final List<int[]> positions;

    VariantPositions(Map<String, int[]> byContig) {
        this.contigs = List.copyOf(byContig.keySet());
        this.positions = List.copyOf(byContig.values());
    }

    /** Reads every variant's position with one pass of {@link Dataset#forEach} over all samples. */
    public static VariantPositions of(Dataset dataset) {
        Map<String, int[]> byContig = new LinkedHashMap<>();
        int[] size = {0};
        String[] current = {null};
        int[][] buffer = {new int[1 << 16]};
        dataset.forEach(dataset.allSamples(), vc -> {
            String chrom = vc.variant().chrom();
            if (!chrom.equals(current[0])) {
                if (current[0] != null) {
                    byContig.put(current[0], Arrays.copyOf(buffer[0], size[0]));
                }
                current[0] = chrom;
                size[0] = 0;
            }
            if (size[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
            }
            buffer[0][size[0]++] = vc.variant().pos();
        });
        if (current[0] != null) {
            byContig.put(current[0], Arrays.copyOf(buffer[0], size[0]));
        }
        return new VariantPositions(byContig);
    }

    public long total() {
        long n = 0;
        for (int[] p : positions) {
            n += p.length;
        }
        return n;
    }

    /** Contigs with at least {@code variants} variants, to draw regions from. */
    List<Integer> contigsWithAtLeast(int variants) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i).length >= variants) {
                out.add(i);
            }
        }
        return out;
    }

    String contig(int index) {
        return contigs.get(index);
    }

    int[] positions(int contigIndex) {
        return positions.get(contigIndex);
    }
}
