package org.genobay.variants.vcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.genobay.variants.IngestListener;
import org.genobay.variants.IngestRequest;
import org.genobay.variants.VariantStore;
import org.genobay.variants.VcfFormatException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roaringbitmap.RoaringBitmap;

/**
 * The native BCF reader yields exactly what the VCF text parser yields from the same records (bcftools wrote each BCF
 * from the VCF beside it; see {@code src/test/resources/bcf/make-bcf.sh}), and refuses damaged BCF naming the file
 * and the record.
 */
class BcfInputTest {
    private static ExecutorService executor;

    @TempDir
    Path temp;

    @BeforeAll
    static void startExecutor() {
        executor = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    static Stream<Arguments> sameRecordsAsTextAndBcf() {
        return Stream.of(
                Arguments.of("bcf/ploidy.vcf", "bcf/ploidy.bcf"),
                Arguments.of("handmade/handmade.vcf", "handmade/handmade.bcf"),
                Arguments.of("handmade/handmade-alias.vcf", "handmade/handmade-alias.bcf"),
                Arguments.of("opencga/chr22-slice.bgzf.vcf.gz", "opencga/chr22-slice.bcf"));
    }

    @ParameterizedTest(name = "{1} reads as {0}")
    @MethodSource("sameRecordsAsTextAndBcf")
    void readsTheSameSitesAndGenotypeClassesAsTheTextParser(String vcf, String bcf) {
        assertSameAsText(resource(vcf), resource(bcf));
    }

    @Test
    void readsUncompressedAndPlainGzipBcfLikeBgzf() throws IOException {
        byte[] bcf = raw("bcf/ploidy.bcf");
        assertSameAsText(resource("bcf/ploidy.vcf"), write("ploidy-raw.bcf", bcf));
        assertSameAsText(resource("bcf/ploidy.vcf"), write("ploidy-gzip.bcf", gzip(bcf)));
    }

    @Test
    void readsMixedPloidyHalfMissingCallsAndWideGenotypeVectors() {
        Path bcf = resource("bcf/ploidy.bcf");
        Result r = read(bcf, identity(6), new RoaringBitmap());
        assertThat(r.sites())
                .extracting(Site::id)
                .containsExactly(
                        "pl_mixed", "pl_half", ".", "pl_many_alts", "pl_no_gt", "pl_no_alt", "pl_phased", "pl_x");
        assertThat(r.sites().get(2).end()).as("INFO/END").isEqualTo(450);
        assertThat(r.sites().get(3).alts()).hasSize(70);
        assertThat(r.sites().get(5).alts()).isEmpty();
        assertThat(r.summary().genotypes()).isEqualTo(8L * 6);
    }

    /**
     * htsjdk writes BCF 2.1 (no IDX in the header). Its writer pads a haploid call in a diploid-width vector with a
     * missing allele instead of a vector end, so the check uses the diploid 1000 Genomes slice.
     */
    @Test
    void readsBcf21AsHtsjdkWritesIt() throws IOException {
        Path bcf = temp.resolve("slice-2.1.bcf");
        try (var reader = new htsjdk.variant.vcf.VCFFileReader(resource("opencga/chr22-slice.bgzf.vcf.gz"), false);
                var writer = new htsjdk.variant.variantcontext.writer.VariantContextWriterBuilder()
                        .setOutputFile(bcf.toFile())
                        .unsetOption(htsjdk.variant.variantcontext.writer.Options.INDEX_ON_THE_FLY)
                        .build()) {
            writer.writeHeader(reader.getFileHeader());
            reader.forEach(writer::add);
        }
        assertThat(Files.readAllBytes(bcf)).startsWith('B', 'C', 'F', 2, 1);
        assertSameAsText(resource("opencga/chr22-slice.bgzf.vcf.gz"), bcf);
    }

    @Test
    void refusesABgzfBcfCutShortNamingTheFile() throws IOException {
        byte[] whole = Files.readAllBytes(resource("handmade/handmade.bcf"));
        Path cut = write("cut.bcf", Arrays.copyOf(whole, whole.length - 40));
        assertThatThrownBy(() -> read(cut, identity(8), new RoaringBitmap()))
                .isInstanceOf(VcfFormatException.class)
                .hasMessageContaining(cut.toString())
                .hasMessageContaining("truncated");
    }

    @Test
    void refusesABcfCutInsideARecordNamingFileAndRecord() throws IOException {
        byte[] whole = raw("handmade/handmade.bcf");
        Path cut = write("cut-inside.bcf", gzip(Arrays.copyOf(whole, whole.length - 10)));
        assertThatThrownBy(() -> read(cut, identity(8), new RoaringBitmap()))
                .isInstanceOf(VcfFormatException.class)
                .hasMessageContaining(cut.toString())
                .hasMessageContaining("truncated: record 14 is cut off");
    }

    @Test
    void refusesARecordLengthNoRecordHas() throws IOException {
        byte[] b = raw("handmade/handmade.bcf");
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(firstRecord(b), 0x7FFFFFFF);
        Path bad = write("bad-length.bcf", b);
        assertThatThrownBy(() -> read(bad, identity(8), new RoaringBitmap()))
                .isInstanceOf(VcfFormatException.class)
                .hasMessageContaining(bad.toString())
                .hasMessageContaining("BCF record 1 announces")
                .satisfies(e -> assertThat(((VcfFormatException) e).line()).contains(1L));
    }

    @Test
    void refusesAnAlleleIndexBeyondTheAltCountNamingRecordAndSample() throws IOException {
        byte[] b = raw("handmade/handmade.bcf");
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int record = firstRecord(b);
        int gt = record + 8 + buf.getInt(record);
        assertThat(b[gt + 2]).as("GT of record 1 is an int8 vector of width 2").isEqualTo((byte) 0x21);
        b[gt + 3] = (byte) ((5 + 1) << 1); // sample M1: allele 5 of a record with one ALT
        Path bad = write("bad-allele.bcf", b);
        assertThatThrownBy(() -> read(bad, identity(8), new RoaringBitmap()))
                .isInstanceOf(VcfFormatException.class)
                .hasMessageContaining(bad.toString())
                .hasMessageContaining("GT of sample M1")
                .hasMessageContaining("BCF record 1: allele index 5 but the record has 1 ALT allele");
    }

    @Test
    void refusesABcfVersionItDoesNotKnow() throws IOException {
        byte[] b = raw("handmade/handmade.bcf");
        b[4] = 3;
        Path bad = write("bcf-2.3.bcf", b);
        assertThatThrownBy(() -> read(bad, identity(8), new RoaringBitmap()))
                .isInstanceOf(VcfFormatException.class)
                .hasMessageContaining(bad.toString())
                .hasMessageContaining("BCF version 2.3 is not supported");
    }

    @Test
    void refusesGtThatIsNotTheFirstFormatFieldLikeTheTextParser() {
        Path bcf = resource("bcf/gt-not-first.bcf");
        assertThatThrownBy(() -> read(bcf, identity(8), new RoaringBitmap()))
                .isInstanceOf(VcfFormatException.class)
                .hasMessageContaining("gt-not-first.bcf, line 8, field FORMAT")
                .hasMessageContaining("GT must be the first FORMAT field");
    }

    @Test
    void aTruncatedBcfLeavesNoDatasetBehind() throws IOException {
        byte[] whole = Files.readAllBytes(resource("handmade/handmade.bcf"));
        Path cut = write("cut-store.bcf", Arrays.copyOf(whole, whole.length - 40));
        try (VariantStore store = VariantStore.open(temp.resolve("store"))) {
            assertThatThrownBy(() -> store.ingest(IngestRequest.of("cut", List.of(cut)), IngestListener.NONE))
                    .isInstanceOf(VcfFormatException.class)
                    .hasMessageContaining(cut.toString());
            assertThat(store.datasets()).isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A site as the store keeps it, with the encoded genotype classes compared by content. */
    record Site(
            String contig,
            int pos,
            int end,
            String id,
            String ref,
            List<String> alts,
            List<Integer> siteEntry,
            List<List<Integer>> alleleEntries) {
        static Site of(ParsedSite s) {
            return new Site(
                    s.contig(),
                    s.pos(),
                    s.end(),
                    s.id(),
                    s.ref(),
                    s.alts(),
                    boxed(s.siteEntry()),
                    s.alleleEntries().stream().map(Site::boxed).toList());
        }

        private static List<Integer> boxed(byte[] b) {
            List<Integer> out = new ArrayList<>(b.length);
            for (byte x : b) {
                out.add((int) x);
            }
            return out;
        }
    }

    record Result(VcfHeader header, List<Site> sites, List<Long> numbers, VariantInput.ReadSummary summary) {}

    private void assertSameAsText(Path vcf, Path bcf) {
        int samples;
        try (VariantInput in = VariantInputs.open(vcf, executor, 2)) {
            samples = in.header().samples().size();
        }
        // Columns mapped to dataset indices in reverse, with one more dataset sample absent: the sorting path.
        int[] reversed = new int[samples];
        for (int i = 0; i < samples; i++) {
            reversed[i] = samples - i;
        }
        for (int[] columns : List.of(identity(samples), reversed)) {
            RoaringBitmap absent = columns == reversed ? RoaringBitmap.bitmapOf(0) : new RoaringBitmap();
            Result text = read(vcf, columns, absent);
            Result binary = read(bcf, columns, absent);
            assertThat(binary.header().samples()).isEqualTo(text.header().samples());
            assertThat(binary.header().contigs()).isEqualTo(text.header().contigs());
            assertThat(binary.sites()).isEqualTo(text.sites());
            assertThat(binary.summary()).isEqualTo(text.summary());
            List<Long> recordNumbers = new ArrayList<>();
            for (long i = 1; i <= binary.sites().size(); i++) {
                recordNumbers.add(i);
            }
            assertThat(binary.numbers()).as("record numbers").isEqualTo(recordNumbers);
        }
    }

    private static Result read(Path file, int[] columns, RoaringBitmap absent) {
        try (VariantInput in = VariantInputs.open(file, executor, 2)) {
            List<Site> sites = new ArrayList<>();
            List<Long> numbers = new ArrayList<>();
            VariantInput.ReadSummary summary = in.read(
                    columns,
                    absent,
                    s -> {
                        sites.add(Site.of(s));
                        numbers.add(s.line());
                    },
                    (bytes, records) -> {});
            return new Result(in.header(), sites, numbers, summary);
        }
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** The BCF stream inside a BGZF file: what an uncompressed BCF holds. */
    private static byte[] raw(String resource) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(resource(resource)))) {
            return in.readAllBytes();
        }
    }

    /** Offset of the first record of an uncompressed BCF: after the magic, the header length and the header. */
    private static int firstRecord(byte[] bcf) {
        return 9 + ByteBuffer.wrap(bcf).order(ByteOrder.LITTLE_ENDIAN).getInt(5);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(temp.resolve(name), bytes);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private static Path resource(String name) {
        URL url = BcfInputTest.class.getResource("/" + name);
        assertThat(url).as("test resource %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
