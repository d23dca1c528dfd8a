package org.genobay.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VCF conformance files of samtools/hts-specs ({@code src/test/resources/hts-specs}). Every {@code passed/} file is
 * ingested. Each {@code failed/} file is classified in {@code hts-specs/store-rules.tsv} (written by
 * {@code make-store-rules.py} there): {@code relies=yes} files break a rule the store relies on to store genotypes
 * correctly and must be rejected with a {@link VcfFormatException} that names the file and the line (or, for a sample
 * named twice in the header, the API's {@link DuplicateSampleException}), leaving no dataset; {@code relies=no} files
 * break rules about fields the store does not read, or rules it does not need (sorted input), and may be accepted or
 * rejected, but not with anything other than a {@link VariantStoreException}. Each group is listed with its count.
 */
class HtsSpecsConformanceTest {
    private static final Path ROOT = hts();
    private static final Map<String, Rule> RULES = readRules();
    private static final AtomicInteger DATASETS = new AtomicInteger();

    @TempDir
    static Path temp;

    private static VariantStore store;

    /** A file the store must reject (relies) with the named exception at the line (0: not one line), or need not. */
    record Rule(String file, String cause, boolean relies, int line, String exception, String reason) {}

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

    @Test
    void storeRulesClassifiesEveryFailedFileAndNothingElse() {
        List<String> failed = files("failed");
        assertThat(RULES.keySet()).containsExactlyInAnyOrderElementsOf(failed);
        assertThat(failed).hasSize(607);
        assertThat(files("passed")).hasSize(76);
    }

    @TestFactory
    Stream<DynamicNode> conformanceFiles() {
        List<String> passed = files("passed");
        List<Rule> rejected = RULES.values().stream().filter(Rule::relies).toList();
        List<Rule> either = RULES.values().stream().filter(r -> !r.relies()).toList();
        return Stream.of(
                DynamicContainer.dynamicContainer(
                        passed.size() + " passed files are ingested",
                        passed.stream().map(f -> DynamicTest.dynamicTest(f, () -> isIngested(f)))),
                DynamicContainer.dynamicContainer(
                        rejected.size()
                                + " failed files break a rule the store relies on: rejected naming file and line",
                        rejected.stream()
                                .map(r -> DynamicTest.dynamicTest(
                                        r.file() + " (" + r.cause() + ")", () -> isRejectedNamingFileAndLine(r)))),
                DynamicContainer.dynamicContainer(
                        either.size() + " failed files break rules the store does not read: accepted or rejected,"
                                + " never a crash",
                        either.stream()
                                .map(r -> DynamicTest.dynamicTest(
                                        r.file() + " (relies=no: " + r.reason() + ")",
                                        () -> isAcceptedOrRejectedCleanly(r)))));
    }

    private static void isIngested(String file) {
        Path path = ROOT.resolve(file);
        String name = datasetName(file);
        assertThatCode(() -> store.ingest(IngestRequest.of(name, List.of(path)), IngestListener.NONE))
                .as("ingesting %s", file)
                .doesNotThrowAnyException();
        assertThat(store.dataset(name).sampleIds()).as("samples of %s", file).isEqualTo(headerSamples(path));
    }

    private static void isRejectedNamingFileAndLine(Rule rule) {
        Path path = ROOT.resolve(rule.file());
        String name = datasetName(rule.file());
        Throwable thrown =
                catchThrowable(() -> store.ingest(IngestRequest.of(name, List.of(path)), IngestListener.NONE));
        assertThat(thrown)
                .as("%s must be rejected with %s: %s", rule.file(), rule.exception(), rule.reason())
                .isNotNull()
                .hasMessageContaining(path.getFileName().toString());
        assertThat(thrown.getClass().getSimpleName())
                .as("exception for %s", rule.file())
                .isEqualTo(rule.exception());
        if (thrown instanceof VcfFormatException e && rule.line() > 0) {
            assertThat(e.getMessage()).as("the line of the fault").contains("line " + rule.line());
            assertThat(e.line()).contains((long) rule.line());
        }
        assertThat(store.datasets()).as("nothing of %s stays", rule.file()).doesNotContain(name);
    }

    private static void isAcceptedOrRejectedCleanly(Rule rule) {
        Path path = ROOT.resolve(rule.file());
        String name = datasetName(rule.file());
        Throwable thrown =
                catchThrowable(() -> store.ingest(IngestRequest.of(name, List.of(path)), IngestListener.NONE));
        if (thrown != null) {
            assertThat(thrown).as("a rejection of %s", rule.file()).isInstanceOf(VariantStoreException.class);
            assertThat(store.datasets()).as("nothing of %s stays", rule.file()).doesNotContain(name);
        }
    }

    private static String datasetName(String file) {
        return "hts-" + DATASETS.incrementAndGet() + "-" + file.replace('/', '_');
    }

    /** Sample names of the #CHROM line, in order (none for a sites-only file). */
    private static List<String> headerSamples(Path vcf) {
        try (Stream<String> lines = Files.lines(vcf, StandardCharsets.UTF_8)) {
            String chrom = lines.filter(l -> l.startsWith("#CHROM")).findFirst().orElseThrow();
            String[] columns = chrom.split("\t");
            return columns.length <= 9 ? List.of() : Arrays.asList(columns).subList(9, columns.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** VCF files under {@code hts-specs/4.* /KIND}, as paths relative to hts-specs, sorted. */
    private static List<String> files(String kind) {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".vcf"))
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.matches("4\\.\\d/" + kind + "/.*"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** store-rules.tsv: every failed file, whether the store relies on the rule it breaks, and where. */
    private static Map<String, Rule> readRules() {
        try (Stream<String> lines = Files.lines(ROOT.resolve("store-rules.tsv"))) {
            List<String> all = lines.toList();
            assertThat(all.get(0)).isEqualTo("file\tcause_of_failure\trelies\tline\texception\treason");
            Map<String, Rule> rules = new TreeMap<>();
            for (String row : all.subList(1, all.size())) {
                String[] f = row.split("\t", -1);
                assertThat(f).as("store-rules.tsv row %s", row).hasSize(6);
                Rule rule = new Rule(f[0], f[1], f[2].equals("yes"), Integer.parseInt(f[3]), f[4], f[5]);
                assertThat(rules.put(rule.file(), rule))
                        .as("store-rules.tsv lists %s twice", rule.file())
                        .isNull();
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path hts() {
        try {
            return Path.of(HtsSpecsConformanceTest.class
                            .getResource("/hts-specs/store-rules.tsv")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
