package org.genobay.bench.storesize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.genobay.bench.synth.CohortParameters;
import org.genobay.bench.synth.SourcePanel;
import org.genobay.bench.synth.SyntheticCohort;
import org.genobay.variants.IngestListener;
import org.genobay.variants.IngestRequest;
import org.genobay.variants.VariantStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study's measurements against the store that the real writer makes from a small synthetic cohort. */
class StoreSizeStudyTest {
    private static final String PANEL = "/panel/1000g-phase3-chr22-16050000-16300000.vcf.gz";

    @TempDir
    static Path dir;

    static PhasedGenotypes genotypes;
    static SegmentBreakdown segment;

    @BeforeAll
    static void ingestSmallCohort() throws IOException, URISyntaxException {
        SourcePanel panel = SourcePanel.read(
                Path.of(StoreSizeStudyTest.class.getResource(PANEL).toURI()));
        Path vcf = dir.resolve("small.vcf.gz");
        SyntheticCohort.writeFile(
                panel,
                CohortParameters.defaults().withSamples(150).withVariants(5_000).withSeed(11),
                "panel.vcf.gz",
                vcf,
                SyntheticCohort.Compressor.JAVA,
                1,
                false,
                n -> {});
        try (VariantStore store = VariantStore.open(dir.resolve("store"))) {
            store.ingest(IngestRequest.of("synth", List.of(vcf)), IngestListener.NONE);
        }
        try (Stream<Path> files = Files.walk(dir.resolve("store"))) {
            segment = SegmentBreakdown.of(
                    files.filter(p -> p.toString().endsWith(".seg")).findFirst().orElseThrow());
        }
        genotypes = PhasedGenotypes.read(vcf, Integer.MAX_VALUE);
    }

    @Test
    void segmentPartsAddUpToTheFileSize() {
        assertThat(segment.variants()).isEqualTo(genotypes.variants());
        assertThat(segment.headerAndIndex()
                        + segment.blockHeaders()
                        + segment.metadataStored()
                        + segment.genotypeBits()
                        + segment.denseRowBytes())
                .isEqualTo(segment.fileBytes());
    }

    @Test
    void format3CostCountsExactlyTheGenotypeBytesTheStoreWrote() {
        StoreSizeStudy.Coding f3 = StoreSizeStudy.diploid(genotypes, "format 3", 3.0);

        assertThat(Bits.blockBytes(f3.bits(), StoreSizeStudy.BLOCK_ROWS))
                .isEqualTo(segment.genotypeBits() + segment.denseRowBytes());
    }

    @Test
    void haplotypeCodecDecodesEveryBlockAndCountsLikePopcountsOfThePlanes() {
        Random random = new Random(3);
        int v = genotypes.variants();
        for (int start = 0; start < v; start += StoreSizeStudy.BLOCK_ROWS) {
            int n = Math.min(StoreSizeStudy.BLOCK_ROWS, v - start);
            long[][] rows = genotypes.haplotypes.subList(start, start + n).toArray(new long[0][]);
            byte[] encoded = HaplotypeBlockCodec.encode(rows);

            assertThat(HaplotypeBlockCodec.decode(encoded, n, genotypes.hapWords))
                    .isDeepEqualTo(rows);

            int[] cohort = random.ints(0, genotypes.samples)
                    .distinct()
                    .limit(60)
                    .sorted()
                    .toArray();
            int[] het = new int[n];
            int[] hom = new int[n];
            HaplotypeBlockCodec.count(
                    encoded,
                    n,
                    genotypes.hapWords,
                    HaplotypeBlockCodec.haplotypeMask(cohort, genotypes.hapWords),
                    het,
                    hom);
            for (int r = 0; r < n; r++) {
                long[] h = rows[r];
                int expectHet = 0;
                int expectHom = 0;
                for (int s : cohort) {
                    long a = h[(2 * s) >>> 6] >>> (2 * s) & 1;
                    long b = h[(2 * s + 1) >>> 6] >>> (2 * s + 1) & 1;
                    expectHet += a + b == 1 ? 1 : 0;
                    expectHom += a + b == 2 ? 1 : 0;
                }
                assertThat(het[r]).as("het of variant %d", start + r).isEqualTo(expectHet);
                assertThat(hom[r]).as("hom of variant %d", start + r).isEqualTo(expectHom);
            }
            long[] symbols = new long[n];
            long[] bits = new ReferenceCost(HaplotypeBlockCodec.WINDOW, false, false)
                    .block(rows, java.util.stream.IntStream.range(0, n).toArray(), symbols);
            assertThat(encoded.length - 8L).isEqualTo(Bits.blockBytes(bits, n));
        }
    }

    @Test
    void runsOfOnesCostLessThanRiceGapsWhenCarriersCluster() {
        long[] clustered = new long[4];
        clustered[1] = -1L; // 64 consecutive carriers
        assertThat(Bits.runs(clustered)).isLessThan(Bits.riceSet(clustered, 64));
        assertThat(Bits.runCount(clustered)).isEqualTo(1);
    }
}
