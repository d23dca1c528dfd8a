package org.genobay.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantStoreTest {
    @TempDir
    Path tmp;

    VariantStore store;

    @BeforeEach
    void openStore() {
        store = VariantStore.open(tmp.resolve("store"));
    }

    private Dataset ingest(String name, Path... files) {
        store.ingest(IngestRequest.of(name, List.of(files)), IngestListener.NONE);
        return store.dataset(name);
    }

    private static AlleleCounts only(List<VariantCounts> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0).counts();
    }

    @Test
    void splitsMultiAllelicRecordsIntoOneVariantPerAlt() {
        Path f = TestVcf.withSamples("a", "b", "c")
                .record("1", 100, "rs1", "A", "C,G", "0|1", "1|2", "2/2")
                .write(tmp.resolve("m.vcf"));
        Dataset d = ingest("m", f);
        List<VariantCounts> rows = d.countsInRegion(Region.parse("1:100"), d.allSamples());
        assertThat(rows).extracting(r -> r.variant().alt()).containsExactly("C", "G");
        assertThat(rows.get(0).counts()).isEqualTo(new AlleleCounts(2, 6, 2, 0, 0, 0));
        assertThat(rows.get(1).counts()).isEqualTo(new AlleleCounts(3, 6, 1, 1, 0, 0));
    }

    @Test
    void countsHaploidAndHalfMissingCallsLikeBcftools() {
        Path f = TestVcf.withSamples("male", "female", "half", "gone", "dot")
                .record("X", 500, ".", "G", "T", "1", "0/1", "1/.", "./.", ".")
                .write(tmp.resolve("x.vcf"));
        AlleleCounts c = only(ingest("x", f)
                .countsInRegion(Region.parse("X:500"), store.dataset("x").allSamples()));
        // AN: male 1 + female 2 + half 1 + gone 0 + dot 0; AC: male 1 + female 1 + half 1.
        assertThat(c).isEqualTo(new AlleleCounts(3, 4, 1, 0, 2, 3));
    }

    @Test
    void countsOnlyTheCohortsSamples() {
        Path f = TestVcf.withSamples("a", "b", "c", "d")
                .record("2", 10, ".", "C", "T", "1|1", "0|1", "0|0", "./.")
                .write(tmp.resolve("c.vcf.gz"));
        Dataset d = ingest("c", f);
        AlleleCounts c = only(d.countsInRegion(Region.parse("2:1-100"), d.cohort(List.of("b", "d"))));
        assertThat(c).isEqualTo(new AlleleCounts(1, 2, 1, 0, 0, 1));
        assertThat(c.af()).isEqualTo(0.5);
    }

    @Test
    void treatsChrPrefixedAndPlainContigNamesAsOneContig() {
        Path f = TestVcf.withSamples("a")
                .record("22", 16050075, ".", "A", "G", "0|1")
                .write(tmp.resolve("p.vcf"));
        Dataset d = ingest("p", f);
        assertThat(d.countsInRegion(Region.parse("chr22:16050000-16060000"), d.allSamples()))
                .hasSize(1);
        assertThat(d.find("chr22", 16050075, "A", "G")).isPresent();
    }

    @Test
    void regionQueryIncludesDeletionsThatStartBeforeTheRegion() {
        Path f = TestVcf.withSamples("a")
                .record("1", 95, ".", "ACGTACGTAC", "A", "0|1")
                .record("1", 100, ".", "C", "T", "0|1")
                .record("1", 200, ".", "C", "T", "0|1")
                .write(tmp.resolve("d.vcf"));
        Dataset d = ingest("d", f);
        assertThat(d.countsInRegion(Region.parse("1:101-150"), d.allSamples()))
                .extracting(r -> r.variant().pos())
                .containsExactly(95);
    }

    @Test
    void findsVariantsByIdAndByAlleles() {
        Path f = TestVcf.withSamples("a")
                .record("1", 100, "rs7;COSM1", "A", "C,G", "1|2")
                .write(tmp.resolve("i.vcf"));
        Dataset d = ingest("i", f);
        assertThat(d.find(VariantKey.parse("COSM1"))).extracting(Variant::alt).containsExactly("C", "G");
        assertThat(d.find(VariantKey.parse("1-100-A-G")))
                .extracting(Variant::key)
                .containsExactly("1-100-A-G");
        assertThat(d.find(VariantKey.parse("1-100-A-T"))).isEmpty();
    }

    @Test
    void listsCarriersByZygosityWithinTheCohort() {
        Path f = TestVcf.withSamples("a", "b", "c", "d")
                .record("1", 100, ".", "A", "C", "0|1", "1|1", "0|0", "1|0")
                .write(tmp.resolve("z.vcf"));
        Dataset d = ingest("z", f);
        Variant v = d.find("1", 100, "A", "C").orElseThrow();
        Carriers c = d.carriers(v, d.cohort(List.of("a", "b", "c")));
        assertThat(c.heterozygous()).containsExactly("a");
        assertThat(c.homozygousAlt()).containsExactly("b");
    }

    @Test
    void mergesFilesWithDifferentSamplesCountingAbsentSamplesAsMissing() {
        Path f1 = TestVcf.withSamples("a", "b")
                .record("1", 100, ".", "A", "C", "0|1", "0|0")
                .write(tmp.resolve("1.vcf"));
        Path f2 = TestVcf.withSamples("c")
                .record("1", 100, ".", "A", "C", "1|1")
                .record("1", 200, ".", "G", "T", "0|1")
                .write(tmp.resolve("2.vcf"));
        Dataset d = ingest("b", f1, f2);
        List<VariantCounts> rows = d.countsInRegion(Region.parse("1"), d.allSamples());
        assertThat(rows)
                .extracting(r -> r.counts())
                .containsExactly(new AlleleCounts(3, 6, 1, 1, 0, 0), new AlleleCounts(1, 2, 1, 0, 0, 2));

        store.ingest(IngestRequest.of("ref", List.of(f1, f2)).withAbsentAsReference(), IngestListener.NONE);
        Dataset r = store.dataset("ref");
        assertThat(r.countsInRegion(Region.parse("1:200"), r.allSamples()))
                .extracting(VariantCounts::counts)
                .containsExactly(new AlleleCounts(1, 6, 1, 0, 0, 0));
    }

    @Test
    void mergesFilesSplitByChromosomeWithTheSameSamples() {
        Path c1 = TestVcf.withSamples("a", "b")
                .record("1", 5, ".", "A", "C", "0|1", "1|1")
                .write(tmp.resolve("c1.vcf"));
        Path c2 = TestVcf.withSamples("a", "b")
                .record("2", 7, ".", "G", "A", "0|0", "0|1")
                .write(tmp.resolve("c2.vcf"));
        Dataset d = ingest("chroms", c1, c2);
        assertThat(d.sampleIds()).containsExactly("a", "b");
        assertThat(d.contigs()).containsExactly("1", "2");
        assertThat(d.countsInRegion(Region.parse("2"), d.allSamples()))
                .extracting(VariantCounts::counts)
                .containsExactly(new AlleleCounts(1, 4, 1, 0, 0, 0));
    }

    @Test
    void rejectsConflictingGenotypesForTheSameSampleAcrossFiles() {
        Path f1 = TestVcf.withSamples("a", "b")
                .record("1", 100, ".", "A", "C", "0|1", "0|0")
                .write(tmp.resolve("1.vcf"));
        Path f2 =
                TestVcf.withSamples("b").record("1", 100, ".", "A", "C", "1|1").write(tmp.resolve("2.vcf"));
        assertThatThrownBy(() -> ingest("conflict", f1, f2))
                .isInstanceOf(GenotypeConflictException.class)
                .hasMessageContaining("'b'")
                .hasMessageContaining("1-100-A-C")
                .hasMessageContaining("1.vcf")
                .hasMessageContaining("2.vcf");
        assertThat(store.datasets()).doesNotContain("conflict");
    }

    @Test
    void acceptsRecordsOutOfPositionOrder() {
        Path f = TestVcf.withSamples("a", "b")
                .record("1", 200, ".", "A", "C", "0|1", "0|0")
                .record("1", 100, ".", "A", "G", "1|1", "0|1")
                .record("1", 300, ".", "A", "T", "0|1", "1|1")
                .record("1", 150, ".", "A", "C", "0|0", "0|1")
                .write(tmp.resolve("unsorted.vcf"));
        Dataset d = ingest("u", f);
        List<VariantCounts> rows = d.countsInRegion(Region.parse("1"), d.allSamples());
        assertThat(rows)
                .extracting(r -> r.variant().key())
                .containsExactly("1-100-A-G", "1-150-A-C", "1-200-A-C", "1-300-A-T");
        assertThat(rows).extracting(r -> r.counts().ac()).containsExactly(3, 1, 1, 3);
        assertThat(d.countsInRegion(Region.parse("1:120-250"), d.cohort(List.of("b"))))
                .extracting(r -> r.variant().pos() + ":" + r.counts())
                .containsExactly(
                        "150:" + new AlleleCounts(1, 2, 1, 0, 0, 0), "200:" + new AlleleCounts(0, 2, 0, 0, 0, 0));
    }

    @Test
    void acceptsContigWhoseRecordsAreNotTogether() {
        Path f = TestVcf.withSamples("a")
                .record("1", 100, ".", "A", "C", "0|1")
                .record("2", 100, ".", "A", "C", "1|1")
                .record("1", 300, ".", "A", "C", "1|1")
                .record("2", 50, ".", "A", "G", "0|1")
                .write(tmp.resolve("split.vcf"));
        Dataset d = ingest("s", f);
        assertThat(d.variantCount()).isEqualTo(4);
        assertThat(d.countsInRegion(Region.parse("1"), d.allSamples()))
                .extracting(r -> r.variant().pos() + ":" + r.counts().ac())
                .containsExactly("100:1", "300:2");
        assertThat(d.countsInRegion(Region.parse("2"), d.allSamples()))
                .extracting(r -> r.variant().pos() + ":" + r.counts().ac())
                .containsExactly("50:1", "100:2");
    }

    @Test
    void storesUnsortedInputAsItsSortedCopy() {
        TestVcf unsorted = TestVcf.withSamples("a", "b")
                .record("2", 10, "rs2", "C", "T", "0|1", "1|1")
                .record("1", 500, ".", "G", "A", "0/1", "./.")
                .record("1", 100, "rs1", "A", "C,G", "1|2", "0|0")
                .record("2", 5, ".", "T", "TA", "1", "0");
        TestVcf sorted = TestVcf.withSamples("a", "b")
                .record("2", 5, ".", "T", "TA", "1", "0")
                .record("2", 10, "rs2", "C", "T", "0|1", "1|1")
                .record("1", 100, "rs1", "A", "C,G", "1|2", "0|0")
                .record("1", 500, ".", "G", "A", "0/1", "./.");
        Dataset u = ingest("unsorted", unsorted.write(tmp.resolve("u.vcf")));
        Dataset s = ingest("sorted", sorted.write(tmp.resolve("s.vcf")));
        for (String region : List.of("1", "2")) {
            assertThat(u.countsInRegion(Region.parse(region), u.allSamples()))
                    .isEqualTo(s.countsInRegion(Region.parse(region), s.allSamples()));
        }
        assertThat(u.variantCount()).isEqualTo(5);
    }

    @Test
    void keepsADuplicatedRecordOfAnUnsortedFileAsItsSortedCopyDoes() {
        Path f = TestVcf.withSamples("a")
                .record("1", 100, ".", "A", "C", "0|1")
                .record("1", 50, ".", "A", "C", "0|1")
                .record("1", 100, ".", "A", "C", "0|1")
                .write(tmp.resolve("dup-unsorted.vcf"));
        Path sorted = TestVcf.withSamples("a")
                .record("1", 50, ".", "A", "C", "0|1")
                .record("1", 100, ".", "A", "C", "0|1")
                .record("1", 100, ".", "A", "C", "0|1")
                .write(tmp.resolve("dup-sorted.vcf"));
        Dataset u = ingest("du", f);
        Dataset s = ingest("ds", sorted);
        assertThat(u.countsInRegion(Region.parse("1"), u.allSamples()))
                .isEqualTo(s.countsInRegion(Region.parse("1"), s.allSamples()))
                .hasSize(3);
    }

    @Test
    void rejectsConflictingGenotypesAcrossFilesWhenAFileIsUnsorted() {
        Path f1 = TestVcf.withSamples("a")
                .record("1", 200, ".", "A", "C", "0|1")
                .record("1", 100, ".", "A", "C", "0|1")
                .write(tmp.resolve("u1.vcf"));
        Path f2 =
                TestVcf.withSamples("a").record("1", 100, ".", "A", "C", "1|1").write(tmp.resolve("u2.vcf"));
        assertThatThrownBy(() -> ingest("uc", f1, f2))
                .isInstanceOf(GenotypeConflictException.class)
                .hasMessageContaining("1-100-A-C")
                .hasMessageContaining("u1.vcf")
                .hasMessageContaining("u2.vcf");
        assertThat(store.datasets()).doesNotContain("uc");
    }

    @Test
    void rejectsAContigWrittenTwoWaysInOneFile() {
        Path f = TestVcf.withSamples("a")
                .record("1", 100, ".", "A", "C", "0|1")
                .record("2", 100, ".", "A", "C", "0|1")
                .record("chr1", 300, ".", "A", "C", "0|1")
                .write(tmp.resolve("spelling.vcf"));
        assertThatThrownBy(() -> ingest("sp", f))
                .isInstanceOf(VcfFormatException.class)
                .hasMessageContaining("spelling.vcf, line 6, field CHROM")
                .hasMessageContaining("'chr1' is written as '1'");
    }

    @Test
    void ignoresAndReportsARecordWithoutAltWhoseGenotypeNamesAnAlt() {
        Path f = TestVcf.withSamples("a", "b")
                .record("1", 100, ".", "A", ".", "0|0", "0|1")
                .record("1", 200, ".", "A", "C", "0|1", "0|0")
                .write(tmp.resolve("noalt.vcf"));
        IngestSummary summary = store.ingest(IngestRequest.of("na", List.of(f)), IngestListener.NONE);
        assertThat(summary.records()).isEqualTo(2);
        assertThat(summary.variants()).isEqualTo(1);
        assertThat(summary.ignoredRecords()).isEqualTo(1);
        assertThat(summary.warnings()).singleElement().asString().contains("noalt.vcf, line 4", "ALT is '.'");
    }

    @Test
    void rejectsContigNamesVcfForbidsAndKeepsRealOnes() {
        for (String bad : List.of("<1", "chr,1", "*1", "chr[1")) {
            Path f = TestVcf.withSamples("a")
                    .record(bad, 100, ".", "A", "C", "0|1")
                    .write(tmp.resolve("bad.vcf"));
            assertThatThrownBy(() -> ingest("bad", f))
                    .as(bad)
                    .isInstanceOf(VcfFormatException.class)
                    .hasMessageContaining("bad.vcf, line 4, field CHROM");
        }
        TestVcf real = TestVcf.withSamples("a");
        List<String> names = List.of("HLA-A*01:01:01:01", "chrUn_KI270302v1", "chr1_KI270706v1_random", "<ctg1>");
        int pos = 100;
        for (String name : names) {
            real.record(name, pos++, ".", "A", "C", "0|1");
        }
        Dataset d = ingest("real", real.write(tmp.resolve("real.vcf")));
        assertThat(d.variantCount()).isEqualTo(names.size());
    }

    @Test
    void rejectsIdListWithAnEmptyId() {
        for (String id : List.of(";rs1", "rs1;", "rs1;;rs2")) {
            Path f = TestVcf.withSamples("a")
                    .record("1", 100, id, "A", "C", "0|1")
                    .write(tmp.resolve("id.vcf"));
            assertThatThrownBy(() -> ingest("id", f))
                    .as(id)
                    .isInstanceOf(VcfFormatException.class)
                    .hasMessageContaining("id.vcf, line 4, field ID");
        }
    }

    @Test
    void rejectsDuplicateSampleInOneFile() {
        Path f = TestVcf.withSamples("a", "b", "a").write(tmp.resolve("dup.vcf"));
        assertThatThrownBy(() -> ingest("dup", f))
                .isInstanceOf(DuplicateSampleException.class)
                .hasMessageContaining("dup.vcf")
                .hasMessageContaining("'a'");
    }

    @Test
    void rejectsGenotypeNamingAnAlleleTheRecordLacks() {
        Path f = TestVcf.withSamples("a", "NA12878")
                .record("1", 100, ".", "A", "C", "0|1", "0|2")
                .write(tmp.resolve("bad.vcf.gz"));
        assertThatThrownBy(() -> ingest("bad", f))
                .isInstanceOf(VcfFormatException.class)
                .hasMessageContaining("bad.vcf.gz, line 4, field GT of sample NA12878")
                .hasMessageContaining("allele index 2");
    }

    @Test
    void rejectsCohortNamingUnknownSamples() {
        Path f = TestVcf.withSamples("a").record("1", 100, ".", "A", "C", "0|1").write(tmp.resolve("k.vcf"));
        Dataset d = ingest("k", f);
        assertThatThrownBy(() -> d.cohort(List.of("a", "zz", "yy")))
                .isInstanceOf(UnknownSampleException.class)
                .hasMessageContaining("zz, yy");
    }

    @Test
    void rejectsTruncatedCompressedInput() throws IOException {
        Path good =
                TestVcf.withSamples("a").record("1", 100, ".", "A", "C", "0|1").write(tmp.resolve("t.vcf.gz"));
        byte[] all = Files.readAllBytes(good);
        Path cut = Files.write(tmp.resolve("cut.vcf.gz"), java.util.Arrays.copyOf(all, all.length - 12));
        assertThatThrownBy(() -> ingest("cut", cut))
                .isInstanceOf(VcfFormatException.class)
                .hasMessageContaining("cut.vcf.gz");
    }

    @Test
    void failedIngestLeavesNoDatasetAndNoFilesBehind() throws IOException {
        Path f = TestVcf.withSamples("a")
                .record("1", 100, ".", "A", "C", "0|1")
                .record("1", 101, ".", "A", "C", "0|9")
                .write(tmp.resolve("late-error.vcf"));
        assertThatThrownBy(() -> ingest("late", f)).isInstanceOf(VcfFormatException.class);
        assertThat(store.datasets()).doesNotContain("late");
        try (Stream<Path> left = Files.list(store.root().resolve("datasets/late"))) {
            assertThat(left).isEmpty();
        }
        assertThatThrownBy(() -> store.dataset("late")).isInstanceOf(UnknownDatasetException.class);
    }

    @Test
    void failedReplaceKeepsTheCommittedDataset() {
        Path ok =
                TestVcf.withSamples("a").record("1", 100, ".", "A", "C", "0|1").write(tmp.resolve("ok.vcf"));
        Path bad =
                TestVcf.withSamples("a").record("1", 100, ".", "A", "C", "0|7").write(tmp.resolve("bad.vcf"));
        ingest("keep", ok);
        assertThatThrownBy(() ->
                        store.ingest(IngestRequest.of("keep", List.of(bad)).replacing(), IngestListener.NONE))
                .isInstanceOf(VcfFormatException.class);
        Dataset d = store.dataset("keep");
        assertThat(d.variantCount()).isEqualTo(1);
        assertThat(d.countsInRegion(Region.parse("1"), d.allSamples())
                        .get(0)
                        .counts()
                        .ac())
                .isEqualTo(1);
    }

    @Test
    void refusesToOverwriteADatasetUnlessAskedToReplaceIt() {
        Path f = TestVcf.withSamples("a").record("1", 100, ".", "A", "C", "0|1").write(tmp.resolve("o.vcf"));
        ingest("o", f);
        assertThatThrownBy(() -> ingest("o", f)).isInstanceOf(DatasetExistsException.class);
        store.ingest(IngestRequest.of("o", List.of(f)).replacing(), IngestListener.NONE);
        assertThat(store.datasets()).containsExactly("o");
    }

    @Test
    void acceptsSitesOnlyVcf() {
        Path f = TestVcf.withSamples().record("1", 100, "rs1", "A", "C").write(tmp.resolve("sites.vcf"));
        Dataset d = ingest("sites", f);
        assertThat(only(d.countsInRegion(Region.parse("1"), d.allSamples())))
                .isEqualTo(new AlleleCounts(0, 0, 0, 0, 0, 0));
    }
}
