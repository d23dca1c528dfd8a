package org.genobay.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's allele counts equal those of bcftools, row by row, for real and hand-written VCFs in every input form.
 * Expected rows come from {@code src/test/resources/make-expected.sh}:
 * {@code [bcftools merge [-0] |] bcftools norm -m- | bcftools view -S COHORT | bcftools +fill-tags -t
 * AC,AN,AC_Het,AC_Hom,AC_Hemi} (see the README there). Variants are matched on contig (through
 * {@link Contigs#canonical}), position, REF and ALT; every expected row must be there with equal ac, an, het, homAlt
 * and hemiAlt, and the store must hold no variant bcftools does not.
 */
class AlleleCountsMatchBcftoolsTest {
    private static final List<String> BATCHES =
            List.of("batch-1-500", "batch-501-1000", "batch-1001-1500", "batch-1501-2000", "batch-2001-2504");
    private static final int MISMATCHES_SHOWN = 40;
    private static final Map<Integer, Integer> SYMBOLIC_ENDS = Map.of(16050654, 16063474, 16577743, 16613100);

    @TempDir
    static Path temp;

    private static VariantStore store;
    private static final Map<String, Dataset> datasets = new HashMap<>();

    @BeforeAll
    static void openStore() {
        store = VariantStore.open(temp.resolve("store"));
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static Stream<Arguments> sliceFormsAndCohorts() {
        return Stream.of("BGZF .vcf.gz", "plain-gzip .vcf.gz", "uncompressed .vcf", "BCF")
                .flatMap(form -> Stream.of("all", "1kg-half", "1kg-eur").map(cohort -> Arguments.of(form, cohort)));
    }

    @ParameterizedTest(name = "{0}, cohort {1}")
    @MethodSource("sliceFormsAndCohorts")
    void everyFormOfThe1000GenomesSliceGivesBcftoolsCounts(String form, String cohort) {
        Path input =
                switch (form) {
                    case "BGZF .vcf.gz" -> resource("opencga/chr22-slice.bgzf.vcf.gz");
                    case "plain-gzip .vcf.gz" -> resource("opencga/chr22-slice.gzip.vcf.gz");
                    case "uncompressed .vcf" -> uncompressedSlice();
                    case "BCF" -> resource("opencga/chr22-slice.bcf");
                    default -> throw new IllegalArgumentException(form);
                };
        Dataset dataset = ingest("slice-" + form.replaceAll("[^A-Za-z0-9]+", "-"), false, input);
        assertMatchesBcftools(dataset, cohort, "opencga-slice." + cohort + ".tsv");
    }

    @Test
    void ingestSummaryCountsRecordsSplitAllelesAndSamples() {
        IngestSummary summary = store.ingest(
                IngestRequest.of("slice-summary", List.of(resource("opencga/chr22-slice.bgzf.vcf.gz"))),
                IngestListener.NONE);
        assertThat(summary.records()).as("data lines").isEqualTo(550);
        assertThat(summary.variants()).as("ALTs after splitting").isEqualTo(561);
        assertThat(summary.samples()).isEqualTo(2504);
        assertThat(summary.genotypes()).isEqualTo(550L * 2504);
        assertThat(store.dataset("slice-summary").variantCount()).isEqualTo(561);
    }

    @ParameterizedTest(name = "{0}, cohort {1}")
    @MethodSource("handWrittenFormsAndCohorts")
    void handWrittenEdgeCasesGiveBcftoolsCounts(String file, String cohort) {
        Dataset dataset = ingest("handmade-" + file.replace('.', '-'), false, resource("handmade/" + file));
        assertMatchesBcftools(dataset, cohort, "handmade." + cohort + ".tsv");
    }

    static Stream<Arguments> handWrittenFormsAndCohorts() {
        return Stream.of("handmade.vcf", "handmade.vcf.gz", "handmade.bcf")
                .flatMap(file -> Stream.of("all", "handmade-subset").map(cohort -> Arguments.of(file, cohort)));
    }

    @ParameterizedTest(name = "cohort {0}")
    @ValueSource(strings = {"all", "1kg-half", "1kg-eur", "1kg-batch-1-500"})
    void batchFilesWithAbsentSamplesAsMissingGiveBcftoolsMergeCounts(String cohort) {
        Dataset dataset = ingest("batches", false, batchFiles());
        assertMatchesBcftools(dataset, cohort, "batches-merge." + cohort + ".tsv");
    }

    @ParameterizedTest(name = "cohort {0}")
    @ValueSource(strings = {"all", "1kg-half", "1kg-eur", "1kg-batch-1-500"})
    void batchFilesWithAbsentSamplesAsReferenceGiveBcftoolsMergeMinus0Counts(String cohort) {
        Dataset dataset = ingest("batches-absent-as-ref", true, batchFiles());
        assertMatchesBcftools(dataset, cohort, "batches-merge-0." + cohort + ".tsv");
    }

    @ParameterizedTest(name = "cohort {0}")
    @ValueSource(strings = {"all", "shapeit4-half"})
    void twoFilesWithDisjointSamplesOnTheSameSitesGiveBcftoolsMergeCounts(String cohort) {
        Dataset dataset =
                ingest("shapeit4", false, resource("shapeit4/reference.vcf.gz"), resource("shapeit4/unphased.vcf.gz"));
        assertMatchesBcftools(dataset, cohort, "shapeit4-merge." + cohort + ".tsv");
    }

    @ParameterizedTest(name = "absent as reference: {0}")
    @ValueSource(booleans = {false, true})
    void contigsNamedChrXAndXInTwoFilesAreOneContig(boolean absentAsReference) {
        Dataset dataset = ingest(
                "handmade-alias-" + absentAsReference,
                absentAsReference,
                resource("handmade/handmade.vcf"),
                resource("handmade/handmade-alias.vcf"));
        String expected = absentAsReference ? "handmade-alias-merge-0.all.tsv" : "handmade-alias-merge.all.tsv";
        assertMatchesBcftools(dataset, "all", expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"22:16575650-16581771", "chr22:16,575,650-16,581,771", "22:16050654", "22:16637481"})
    void regionQueriesGiveTheSameCountsAsBcftoolsForTheVariantsTheyOverlap(String region) {
        Dataset dataset = ingest("slice-BGZF-vcf-gz", false, resource("opencga/chr22-slice.bgzf.vcf.gz"));
        Region r = Region.parse(region);
        Map<String, String> expected = new LinkedHashMap<>();
        readExpected("opencga-slice.1kg-eur.tsv").forEach((key, counts) -> {
            String[] k = key.split(":", 4);
            int pos = Integer.parseInt(k[1]);
            // INFO/END of the two symbolic records; every other variant ends where its REF ends
            int end = SYMBOLIC_ENDS.getOrDefault(pos, pos + k[2].length() - 1);
            if (r.overlaps(pos, end)) {
                expected.put(key, counts);
            }
        });
        Map<String, String> actual = new LinkedHashMap<>();
        dataset.countsInRegion(r, cohort(dataset, "1kg-eur")).forEach(vc -> actual.put(key(vc), counts(vc)));
        assertThat(expected).as("expected rows for %s", region).isNotEmpty();
        assertThat(actual).as("variants overlapping %s", region).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void forEachVisitsEveryContigInPositionOrder() {
        Dataset dataset = ingest("handmade-handmade-vcf", false, resource("handmade/handmade.vcf"));
        List<String> seen = new ArrayList<>();
        List<String> outOfOrder = new ArrayList<>();
        dataset.forEach(dataset.allSamples(), vc -> {
            Variant v = vc.variant();
            String contig = Contigs.canonical(v.chrom());
            if (!seen.isEmpty()) {
                String[] last = seen.get(seen.size() - 1).split(":");
                if (last[0].equals(contig) && Integer.parseInt(last[1]) > v.pos()) {
                    outOfOrder.add(v.key() + " after " + seen.get(seen.size() - 1));
                }
                if (!last[0].equals(contig) && seen.stream().anyMatch(s -> s.startsWith(contig + ":"))) {
                    outOfOrder.add(v.key() + ": contig " + contig + " visited twice");
                }
            }
            seen.add(contig + ":" + v.pos());
        });
        assertThat(outOfOrder).isEmpty();
        assertThat(seen).hasSize(31);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void assertMatchesBcftools(Dataset dataset, String cohortName, String expectedFile) {
        Map<String, String> expected = readExpected(expectedFile);
        Cohort cohort = cohort(dataset, cohortName);
        Map<String, String> actual = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        dataset.forEach(cohort, vc -> {
            String previous = actual.put(key(vc), counts(vc));
            if (previous != null) {
                problems.add("variant " + key(vc) + " reported twice");
            }
        });
        expected.forEach((key, counts) -> {
            String got = actual.get(key);
            if (got == null) {
                problems.add("missing " + key + " (bcftools: " + counts + ")");
            } else if (!got.equals(counts)) {
                problems.add(key + ": bcftools " + counts + ", store " + got);
            }
        });
        actual.keySet().stream()
                .filter(key -> !expected.containsKey(key))
                .forEach(key -> problems.add("unexpected " + key + " (store: " + actual.get(key) + ")"));
        List<String> shown =
                problems.size() > MISMATCHES_SHOWN ? new ArrayList<>(problems.subList(0, MISMATCHES_SHOWN)) : problems;
        if (shown != problems) {
            shown.add("... and " + (problems.size() - MISMATCHES_SHOWN) + " more");
        }
        assertThat(shown)
                .as(
                        "%s vs expected/%s (cohort %s, %d samples): %d expected rows, %d store rows, %d problems",
                        dataset.name(),
                        expectedFile,
                        cohortName,
                        cohort.size(),
                        expected.size(),
                        actual.size(),
                        problems.size())
                .isEmpty();
    }

    private static String key(VariantCounts vc) {
        Variant v = vc.variant();
        return Contigs.canonical(v.chrom()) + ":" + v.pos() + ":" + v.ref() + ":" + v.alt();
    }

    private static String counts(VariantCounts vc) {
        AlleleCounts c = vc.counts();
        return format(c.ac(), c.an(), c.het(), c.homAlt(), c.hemiAlt());
    }

    private static String format(int ac, int an, int het, int homAlt, int hemiAlt) {
        return "ac=" + ac + " an=" + an + " het=" + het + " homAlt=" + homAlt + " hemiAlt=" + hemiAlt;
    }

    /** Expected rows keyed like {@link #key}, in file order; fails on a malformed or duplicated row. */
    private static Map<String, String> readExpected(String file) {
        List<String> lines = lines(resource("expected/" + file));
        assertThat(lines.get(0)).isEqualTo("chrom\tpos\tref\talt\tac\tan\thet\thomalt\themialt");
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            assertThat(f).as("row of %s: %s", file, line).hasSize(9);
            String key = Contigs.canonical(f[0]) + ":" + f[1] + ":" + f[2] + ":" + f[3];
            String counts = format(
                    Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]),
                    Integer.parseInt(f[6]),
                    Integer.parseInt(f[7]),
                    Integer.parseInt(f[8]));
            assertThat(rows.put(key, counts))
                    .as("duplicate row %s in %s", key, file)
                    .isNull();
        }
        return rows;
    }

    private static Cohort cohort(Dataset dataset, String name) {
        if (name.equals("all")) {
            return dataset.allSamples();
        }
        List<String> ids = lines(resource("cohorts/" + name + ".txt")).stream()
                .filter(s -> !s.isBlank())
                .toList();
        return dataset.cohort(ids);
    }

    private static synchronized Dataset ingest(String name, boolean absentAsReference, Path... files) {
        return datasets.computeIfAbsent(name, n -> {
            IngestRequest request = IngestRequest.of(n, List.of(files));
            store.ingest(absentAsReference ? request.withAbsentAsReference() : request, IngestListener.NONE);
            return store.dataset(n);
        });
    }

    private static Path[] batchFiles() {
        return BATCHES.stream().map(b -> resource("batches/" + b + ".vcf.gz")).toArray(Path[]::new);
    }

    /** The plain-gzip slice decompressed: the same text as an uncompressed .vcf (5.5 MB, so not committed). */
    private static synchronized Path uncompressedSlice() {
        Path vcf = temp.resolve("chr22-slice.vcf");
        if (!Files.exists(vcf)) {
            try (InputStream in =
                    new GZIPInputStream(Files.newInputStream(resource("opencga/chr22-slice.gzip.vcf.gz")), 1 << 16)) {
                Files.copy(in, vcf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return vcf;
    }

    static Path resource(String name) {
        URL url = AlleleCountsMatchBcftoolsTest.class.getResource("/" + name);
        assertThat(url).as("test resource %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
