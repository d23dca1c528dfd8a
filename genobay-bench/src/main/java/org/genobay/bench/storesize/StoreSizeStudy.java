package org.genobay.bench.storesize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.genobay.bench.e2e.BenchmarkOptions;

/**
 * Byte breakdown of a stored dataset and bit counts of candidate genotype codings on the same variants, printed as
 * Markdown. Every coding works on the store's blocks (1,024 consecutive variants) and is charged the store's
 * non-genotype bytes (metadata, headers, index, sample list) as they are today.
 *
 * <pre>java -cp ... org.genobay.bench.storesize.StoreSizeStudy --vcf bench-work/synth-small.vcf.gz
 *     --dataset bench-work/store-small/datasets/synth [--records N] [--regions 100]</pre>
 *
 * <p>Then {@link DecodeTiming}: the best count-friendly candidate encoded for real, checked, and timed beside the
 * store's region query (0 regions skips it).
 */
public final class StoreSizeStudy {
    static final int BLOCK_ROWS = 1024;
    private static final String[] CLASSES = {"MAC ≤ 2", "MAF < 1%", "MAF 1–5%", "MAF ≥ 5%"};

    private StoreSizeStudy() {}

    /** Bits and decoded symbols per variant of one coding. */
    record Coding(String name, long[] bits, long[] symbols) {}

    public static void main(String[] args) {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Path vcf = options.path("vcf");
        Path dataset = options.path("dataset");
        int records = Integer.parseInt(options.text("records", String.valueOf(Integer.MAX_VALUE)));
        long vcfBytes = size(vcf);
        List<Path> segments = files(dataset, ".seg");
        if (segments.size() != 1) {
            throw new IllegalArgumentException(dataset + ": the study reads one segment, found " + segments.size());
        }
        SegmentBreakdown seg = SegmentBreakdown.of(segments.get(0));
        long datasetBytes =
                files(dataset, "").stream().mapToLong(StoreSizeStudy::size).sum();
        long t0 = System.nanoTime();
        PhasedGenotypes g = PhasedGenotypes.read(vcf, records);
        System.err.printf(
                Locale.ROOT,
                "read %,d variants x %d samples in %.1f s%n",
                g.variants(),
                g.samples,
                (System.nanoTime() - t0) / 1e9);
        if (g.variants() != seg.variants()) {
            throw new IllegalArgumentException("the VCF has " + g.variants() + " variants, the segment "
                    + seg.variants() + ": ingest the same file");
        }
        int v = g.variants();
        int haplotypes = 2 * g.samples;
        long nonGenotype = datasetBytes - seg.genotypeBits() - seg.denseRowBytes();

        List<Coding> codings = new ArrayList<>();
        codings.add(diploid(g, "format 3 (store today, diploid, dense rows ≤ 3×)", 3.0));
        codings.add(diploid(g, "format 2 (diploid, no dense rows)", 0.0));
        codings.add(haplotypeCoding(
                g,
                "haplotype rows, no reference (sparse vectors, as Savvy)",
                new ReferenceCost(0, false, false),
                null,
                0));
        codings.add(haplotypeCoding(
                g, "haplotype rows, 1 reference ≤ 255 back, Rice", new ReferenceCost(255, false, false), null, 0));
        codings.add(haplotypeCoding(
                g, "haplotype rows, 1 reference ≤ 1023 back, Rice", new ReferenceCost(1023, false, false), null, 0));
        codings.add(haplotypeCoding(
                g,
                "haplotype rows, 1 or 2 references (XOR) ≤ 255 back, Rice",
                new ReferenceCost(255, true, false),
                null,
                0));
        codings.add(haplotypeCoding(
                g, "haplotype rows, 1 reference ≤ 1023, Rice or runs", new ReferenceCost(1023, false, true), null, 0));
        long[] pbwtBits = new long[v];
        long[] pbwtSymbols = new long[v];
        int[][] starts = HaplotypeOrders.pbwt(g.haplotypes, haplotypes, BLOCK_ROWS, pbwtBits, pbwtSymbols);
        codings.add(haplotypeCoding(
                g,
                "block permuted by its PBWT start order (order free: oracle)",
                new ReferenceCost(1023, false, true),
                starts,
                0));
        double permutationBits = Bits.permutation(haplotypes);
        codings.add(haplotypeCoding(
                g, "key-sorted blocks, 16 keys, Rice or runs", new ReferenceCost(1023, false, true), null, 16));
        codings.add(haplotypeCoding(
                g, "key-sorted blocks, 48 keys, Rice or runs", new ReferenceCost(1023, false, true), null, 48));
        codings.add(
                new Coding("PBWT, order per variant, runs (reference; O(samples) per variant)", pbwtBits, pbwtSymbols));

        System.out.println(report(vcf, vcfBytes, dataset, datasetBytes, seg, g, nonGenotype, codings, permutationBits));
        int regions = Integer.parseInt(options.text("regions", "100"));
        if (regions > 0) {
            Path store = dataset.toAbsolutePath().getParent().getParent();
            System.out.println(DecodeTiming.run(g, store, dataset.getFileName().toString(), regions, 42));
        }
    }

    static Coding diploid(PhasedGenotypes g, String name, double tolerance) {
        int v = g.variants();
        long[] bits = new long[v];
        long[] symbols = new long[v];
        for (int start = 0; start < v; start += BLOCK_ROWS) {
            int n = Math.min(BLOCK_ROWS, v - start);
            long[][] block = g.diploid.subList(start, start + n).toArray(new long[0][]);
            long[] s = new long[n];
            long[] b = Format3Cost.block(block, g.width, tolerance, s);
            System.arraycopy(b, 0, bits, start, n);
            System.arraycopy(s, 0, symbols, start, n);
        }
        return new Coding(name, bits, symbols);
    }

    /**
     * @param starts per block a haplotype order to code it in (free to the decoder: an oracle), or null
     * @param keys with no starts: sort each block by this many of its common rows (0: natural order)
     */
    private static Coding haplotypeCoding(
            PhasedGenotypes g, String name, ReferenceCost cost, int[][] starts, int keys) {
        long t0 = System.nanoTime();
        int v = g.variants();
        int haplotypes = 2 * g.samples;
        long[] bits = new long[v];
        long[] symbols = new long[v];
        for (int start = 0; start < v; start += BLOCK_ROWS) {
            int n = Math.min(BLOCK_ROWS, v - start);
            long[][] block = g.haplotypes.subList(start, start + n).toArray(new long[0][]);
            int[] order = identity(n);
            long[] s = new long[n];
            long[] b;
            if (starts != null) {
                int[] perm = starts[start / BLOCK_ROWS];
                long[][] permuted = new long[n][];
                for (int r = 0; r < n; r++) {
                    permuted[r] = HaplotypeOrders.permute(block[r], perm);
                }
                b = cost.block(permuted, order, s);
            } else if (keys > 0) {
                int[] keyRows = HaplotypeOrders.keyRows(block, haplotypes, keys);
                int[] perm = HaplotypeOrders.sortBy(block, keyRows, haplotypes);
                long[][] permuted = new long[n][];
                for (int r = 0; r < n; r++) {
                    permuted[r] = HaplotypeOrders.permute(block[r], perm);
                }
                // keys first: natural order among themselves; then the rest in the sorted order
                boolean[] isKey = new boolean[n];
                int at = 0;
                for (int k : java.util.Arrays.stream(keyRows).sorted().toArray()) {
                    isKey[k] = true;
                    order[at++] = k;
                }
                for (int r = 0; r < n; r++) {
                    if (!isKey[r]) {
                        order[at++] = r;
                    }
                }
                b = cost.block(permuted, order, s);
                long[][] keyBlock = new long[keyRows.length][];
                int[] sortedKeys = java.util.Arrays.stream(keyRows).sorted().toArray();
                for (int k = 0; k < sortedKeys.length; k++) {
                    keyBlock[k] = block[sortedKeys[k]];
                }
                long[] ks = new long[sortedKeys.length];
                long[] kb = cost.block(keyBlock, identity(sortedKeys.length), ks);
                for (int k = 0; k < sortedKeys.length; k++) {
                    b[sortedKeys[k]] = kb[k] + Bits.gamma(sortedKeys[k] + 1L); // and where each key sits
                    s[sortedKeys[k]] = ks[k] + haplotypes; // one stable partition of the order per key
                }
            } else {
                b = cost.block(block, order, s);
            }
            System.arraycopy(b, 0, bits, start, n);
            System.arraycopy(s, 0, symbols, start, n);
        }
        System.err.printf(Locale.ROOT, "%s: %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
        return new Coding(name, bits, symbols);
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static String report(
            Path vcf,
            long vcfBytes,
            Path dataset,
            long datasetBytes,
            SegmentBreakdown seg,
            PhasedGenotypes g,
            long nonGenotype,
            List<Coding> codings,
            double permutationBits) {
        int v = g.variants();
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Input %s: %,d bytes, %,d variants x %,d samples (%.1f B per variant). Dataset %s: %,d bytes = 1/%.2f"
                        + " of the .vcf.gz; target 1/10 = %,d bytes = %.2f B/variant.%n%n",
                vcf,
                vcfBytes,
                v,
                g.samples,
                (double) vcfBytes / v,
                dataset,
                datasetBytes,
                (double) vcfBytes / datasetBytes,
                vcfBytes / 10,
                vcfBytes / 10.0 / v));
        out.append("| part of the dataset | bytes | B/variant |\n|---|---:|---:|\n");
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("segment header + block index", seg.headerAndIndex());
        parts.put("block headers", seg.blockHeaders());
        parts.put(
                "metadata (stored; plain " + String.format(Locale.ROOT, "%,d", seg.metadataPlain()) + ")",
                seg.metadataStored());
        parts.put("  of it (plain) site entries: missing/absent bitmaps", seg.siteEntriesPlain());
        parts.put("genotype bits (Rice-coded changes)", seg.genotypeBits());
        parts.put("dense rows' words (" + seg.denseRows() + " rows)", seg.denseRowBytes());
        parts.put("other files (sample list, manifest)", datasetBytes - seg.fileBytes());
        parts.forEach((k, b) -> out.append(String.format(Locale.ROOT, "| %s | %,d | %.2f |%n", k, b, (double) b / v)));
        out.append(String.format(Locale.ROOT, "| all | %,d | %.2f |%n%n", datasetBytes, (double) datasetBytes / v));

        out.append("| genotype coding | genotype B/variant | dataset bytes (est.) | vs .vcf.gz | symbols decoded"
                + " per variant | B/variant by class: " + String.join(" / ", CLASSES) + " |\n");
        out.append("|---|---:|---:|---:|---:|---|\n");
        int[] classOf = new int[v];
        int[] classCount = new int[CLASSES.length];
        for (int r = 0; r < v; r++) {
            int mac = g.minorCount(r);
            double maf = mac / (2.0 * g.samples);
            classOf[r] = mac <= 2 ? 0 : maf < 0.01 ? 1 : maf < 0.05 ? 2 : 3;
            classCount[classOf[r]]++;
        }
        for (Coding c : codings) {
            long bits = 0;
            long symbols = 0;
            double[] byClass = new double[CLASSES.length];
            for (int r = 0; r < v; r++) {
                bits += c.bits()[r];
                symbols += c.symbols()[r];
                byClass[classOf[r]] += c.bits()[r];
            }
            long bytes = Bits.blockBytes(c.bits(), BLOCK_ROWS);
            long total = nonGenotype + bytes;
            StringBuilder cls = new StringBuilder();
            for (int k = 0; k < CLASSES.length; k++) {
                cls.append(k == 0 ? "" : " / ")
                        .append(String.format(Locale.ROOT, "%.1f", byClass[k] / 8 / Math.max(1, classCount[k])));
            }
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %,d | 1/%.2f | %.0f | %s |%n",
                    c.name(),
                    (double) bytes / v,
                    total,
                    (double) vcfBytes / total,
                    (double) symbols / v,
                    cls));
        }
        StringBuilder counts = new StringBuilder();
        for (int k = 0; k < CLASSES.length; k++) {
            counts.append(k == 0 ? "" : ", ").append(CLASSES[k]).append(": ").append(classCount[k]);
        }
        out.append(String.format(
                Locale.ROOT,
                "%nVariants by class: %s. Check: the store's genotype bits + dense words are %,d bytes. An arbitrary"
                        + " haplotype permutation per block costs log2(%d!) = %.0f bits = %.1f B/variant more.%n",
                counts,
                seg.genotypeBits() + seg.denseRowBytes(),
                2 * g.samples,
                permutationBits,
                permutationBits / 8 / BLOCK_ROWS));
        return out.toString();
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + p, e);
        }
    }
}
