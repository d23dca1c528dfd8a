package org.genobay.bench.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import htsjdk.variant.vcf.VCFHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCohortTest {
    static final String PANEL = "/panel/1000g-phase3-chr22-16050000-16300000.vcf.gz";
    static final CohortParameters SMALL =
            CohortParameters.defaults().withSamples(200).withVariants(20_000).withSeed(7);

    @TempDir
    static Path dir;

    static SourcePanel panel;
    static Path vcf;
    static GeneratedCohort generated;
    static Cohort synthetic;

    @BeforeAll
    static void generateSmallCohort() throws IOException, URISyntaxException {
        panel = SourcePanel.read(
                Path.of(SyntheticCohortTest.class.getResource(PANEL).toURI()));
        vcf = dir.resolve("small.vcf.gz");
        generated = SyntheticCohort.writeFile(
                panel, SMALL, "panel.vcf.gz", vcf, SyntheticCohort.Compressor.JAVA, 1, false, n -> {});
        synthetic = Cohort.read(vcf);
    }

    @Test
    void writesAVcfThatHtsjdkReadsWithEverySampleRecordAndPhasedGenotype() throws IOException {
        assertThat(synthetic.header.getGenotypeSamples()).hasSize(200).startsWith("SYN0000001", "SYN0000002");
        assertThat(synthetic.header.getFormatHeaderLine("GT")).isNotNull();
        assertThat(synthetic.header.getInfoHeaderLine("END")).isNotNull();
        assertThat(firstLine(vcf)).isEqualTo("##fileformat=VCFv4.1");
        assertThat(synthetic.records).hasSize(20_000);
        assertThat(generated.records()).isEqualTo(20_000);
        assertThat(generated.alternateAlleles())
                .isEqualTo(synthetic.records.stream()
                        .mapToLong(r -> r.alleles.length - 1)
                        .sum());
        assertThat(synthetic.allPhasedDiploidGtOnly).isTrue();
    }

    private static String firstLine(Path gz) throws IOException {
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(gz)),
                java.nio.charset.StandardCharsets.US_ASCII))) {
            return in.readLine();
        }
    }

    @Test
    void writesRecordsInPositionOrderOnOneDeclaredContigThatCoversThem() {
        long previous = 0;
        long lastCovered = 0;
        for (Record r : synthetic.records) {
            assertThat(r.contig).isEqualTo("22");
            assertThat(r.pos).isGreaterThanOrEqualTo(previous);
            previous = r.pos;
            lastCovered = Math.max(lastCovered, r.end);
        }
        long declared =
                synthetic.header.getSequenceDictionary().getSequence("22").getSequenceLength();
        assertThat(declared).isEqualTo(generated.contigLength()).isGreaterThan(lastCovered);
    }

    @Test
    void tilesTheSourceSitesWithShiftedPositionsAndIdsOnTheFirstTileOnly() {
        int sites = panel.sites().size();
        long stride = panel.span() + (long) SMALL.gapBp();
        assertThat(generated.tiles()).isEqualTo((20_000 + sites - 1) / sites);
        for (int i = 0; i < synthetic.records.size(); i++) {
            Record r = synthetic.records.get(i);
            SourceSite s = panel.sites().get(i % sites);
            long shift = (i / sites) * stride;
            assertThat(r.pos).isEqualTo(s.pos() + shift);
            assertThat(r.end).isEqualTo(s.lastPosition() + shift);
            assertThat(r.alleles[0]).isEqualTo(s.ref());
            assertThat(List.of(r.alleles).subList(1, r.alleles.length)).isEqualTo(s.alts());
            assertThat(r.id).isEqualTo(i < sites ? s.id() : ".");
        }
    }

    @Test
    void keepsTheSourceAlleleFrequenciesAtEverySite() {
        int sites = panel.sites().size();
        double sumAbsDiff = 0;
        int n = 0;
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < synthetic.records.size(); i++) {
            Record r = synthetic.records.get(i);
            for (int allele = 1; allele < r.alleles.length; allele++) {
                double source = panel.alleleFrequency(i % sites, allele);
                double ours = r.frequency(allele);
                sumAbsDiff += Math.abs(source - ours);
                n++;
                pairs.add(new double[] {source, ours});
            }
        }
        // 400 haplotypes: binomial sampling error alone gives a mean |diff| of about 0.005 on this panel.
        assertThat(sumAbsDiff / n).isLessThan(0.01);
        assertThat(Statistics.pearson(pairs)).isGreaterThan(0.98);
    }

    @Test
    void keepsLinkageDisequilibriumBetweenNeighbouringCommonSites() {
        List<double[]> pairs = ldPairs(synthetic);
        assertThat(pairs).hasSizeGreaterThan(150);
        assertThat(Statistics.pearson(pairs)).isGreaterThan(0.8);
    }

    @Test
    void losesLinkageDisequilibriumWhenTemplatesSwitchAtEverySite() throws IOException {
        // The control that shows the LD check has teeth: a switch between any two sites copies each independently.
        Path shuffled = dir.resolve("no-ld.vcf.gz");
        SyntheticCohort.writeFile(
                panel,
                SMALL.withVariants(panel.sites().size()).withSwitchMeanBp(1e-3),
                "panel.vcf.gz",
                shuffled,
                SyntheticCohort.Compressor.JAVA,
                1,
                false,
                n -> {});
        assertThat(Statistics.pearson(ldPairs(Cohort.read(shuffled)))).isLessThan(0.3);
    }

    /** (source r², synthetic r²) for neighbouring biallelic SNVs of tile 0 with minor allele frequency ≥ 5%. */
    private static List<double[]> ldPairs(Cohort cohort) {
        List<double[]> pairs = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < panel.sites().size(); i++) {
            SourceSite s = panel.sites().get(i);
            double af = panel.alleleFrequency(i, 1);
            boolean common = s.alts().size() == 1
                    && s.ref().length() == 1
                    && s.alts().get(0).length() == 1;
            if (!common || af < 0.05 || af > 0.95) {
                continue;
            }
            if (previous >= 0) {
                int a = previous;
                int b = i;
                double source =
                        Statistics.rSquared(panel.haplotypeCount(), h -> panel.allele(a, h), h -> panel.allele(b, h));
                Record ra = cohort.records.get(a);
                Record rb = cohort.records.get(b);
                double ours = Statistics.rSquared(ra.haplotypes.length, h -> ra.haplotypes[h], h -> rb.haplotypes[h]);
                pairs.add(new double[] {source, ours});
            }
            previous = i;
        }
        return pairs;
    }

    @Test
    void theSameSeedWritesTheSameTextAndAnotherSeedDoesNot() throws IOException {
        CohortParameters p = SMALL.withVariants(2_000);
        assertThat(text(p)).isEqualTo(text(p));
        assertThat(text(p.withSeed(8))).isNotEqualTo(text(p));
    }

    /** A fresh machine has no bcftools (it is not a build requirement); this check is then skipped, not failed. */
    private static boolean bcftoolsOnPath() throws InterruptedException {
        try {
            Process version = new ProcessBuilder("bcftools", "--version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return version.waitFor() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }

    private static byte[] text(CohortParameters p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticCohort.write(panel, p, "panel.vcf.gz", out, n -> {});
        return out.toByteArray();
    }

    @Test
    void bcftoolsIndexesTheFileAndCountsItsRecords() throws IOException, InterruptedException {
        assumeThat(bcftoolsOnPath()).as("bcftools on PATH").isTrue();
        assertThat(new ProcessBuilder("bcftools", "index", "-f", vcf.toString())
                        .inheritIO()
                        .start()
                        .waitFor())
                .isZero();
        Process count = new ProcessBuilder("bcftools", "index", "-n", vcf.toString()).start();
        assertThat(new String(count.getInputStream().readAllBytes()).strip()).isEqualTo("20000");
    }

    @Test
    void rejectsAnUnphasedSourceNamingTheLineAndTheSample() throws IOException {
        Path bad = dir.resolve("unphased.vcf");
        Files.writeString(
                bad,
                """
                ##fileformat=VCFv4.1
                #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tA\tB
                22\t100\t.\tA\tG\t.\tPASS\t.\tGT\t0|1\t1|1
                22\t200\t.\tC\tT\t.\tPASS\t.\tGT\t0|1\t0/1
                """);
        assertThatThrownBy(() -> SourcePanel.read(bad))
                .isInstanceOf(InvalidSourceException.class)
                .hasMessageContaining("unphased.vcf, line 4")
                .hasMessageContaining("sample B")
                .hasMessageContaining("'0/1'");
    }

    /** One synthetic record as htsjdk read it; {@code haplotypes} holds allele indices, two per sample. */
    static final class Record {
        final String contig;
        final long pos;
        final long end;
        final String id;
        final String[] alleles;
        final byte[] haplotypes;

        Record(String contig, long pos, long end, String id, String[] alleles, byte[] haplotypes) {
            this.contig = contig;
            this.pos = pos;
            this.end = end;
            this.id = id;
            this.alleles = alleles;
            this.haplotypes = haplotypes;
        }

        double frequency(int allele) {
            int count = 0;
            for (byte a : haplotypes) {
                if (a == allele) {
                    count++;
                }
            }
            return (double) count / haplotypes.length;
        }
    }

    /** A synthetic VCF read through htsjdk, which also checks it on the way. */
    static final class Cohort {
        final VCFHeader header;
        final List<Record> records = new ArrayList<>();
        boolean allPhasedDiploidGtOnly = true;

        private Cohort(VCFHeader header) {
            this.header = header;
        }

        static Cohort read(Path vcf) {
            try (VCFFileReader reader = new VCFFileReader(vcf, false)) {
                Cohort c = new Cohort(reader.getFileHeader());
                for (VariantContext vc : reader) {
                    c.add(vc);
                }
                return c;
            }
        }

        private void add(VariantContext vc) {
            String[] alleles =
                    vc.getAlleles().stream().map(a -> a.getDisplayString()).toArray(String[]::new);
            byte[] haplotypes = new byte[vc.getNSamples() * 2];
            int i = 0;
            for (Genotype g : vc.getGenotypes()) {
                allPhasedDiploidGtOnly &= g.isPhased()
                        && g.getPloidy() == 2
                        && g.getExtendedAttributes().isEmpty();
                for (var allele : g.getAlleles()) {
                    haplotypes[i++] = (byte) vc.getAlleleIndex(allele);
                }
            }
            records.add(new Record(vc.getContig(), vc.getStart(), vc.getEnd(), vc.getID(), alleles, haplotypes));
        }
    }
}
