package org.genobay.cli.hla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the staged IMGT/HLA releases under ../shared/data/hla/imgt; skips where they are absent (not redistributable). */
class MatchCommandTest {
    private static final String PATIENT =
            "A*01:01+A*02:01^B*07:02+B*08:01^C*07:01+C*07:02^DRB1*15:01+DRB1*03:01" + "^DQB1*06:02+DQB1*02:01";

    private static String imgt() {
        Path dir = Path.of(System.getProperty("genobay.hla.data", "../../shared/data/hla"))
                .resolve("imgt");
        assumeTrue(Files.isDirectory(dir), "IMGT/HLA releases not found at " + dir.toAbsolutePath());
        return dir.toString();
    }

    private static JsonNode json(Cli.Result r) throws Exception {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void printsCountsGradesConfidencesAndTotalsAsJson() throws Exception {
        String donor = PATIENT.replace("DQB1*06:02", "DQB1*06:03");

        JsonNode out = json(Cli.run(
                "hla", "match", "--imgt-dir", imgt(), "--release", "3.58.0", "--patient", PATIENT, "--donor", donor));

        assertThat(out.get("release").asText()).isEqualTo("3.58.0");
        JsonNode a = out.get("loci").get("A");
        assertThat(a.get("count").asInt()).isEqualTo(2);
        assertThat(a.get("positions").get(0).get("grade").asText()).isEqualTo("protein");
        assertThat(a.get("positions").get(0).get("confidence").asText()).isEqualTo("exact");
        assertThat(out.get("loci").get("DQB1").get("count").asInt()).isEqualTo(1);
        assertThat(out.get("loci").get("DPB1").get("untyped").asText()).isEqualTo("patient and donor");
        assertThat(out.get("totals").get("8/8").asText()).isEqualTo("8/8");
        assertThat(out.get("totals").get("10/10").asText()).isEqualTo("9/10 mismatched at DQB1");
        assertThat(out.get("totals").get("12/12").asText()).isEqualTo("not known: DPB1 untyped");
    }

    @Test
    void reportsDpb1Permissiveness() throws Exception {
        JsonNode out = json(Cli.run(
                "hla",
                "match",
                "--imgt-dir",
                imgt(),
                "--release",
                "3.58.0",
                "--loci",
                "DPB1",
                "--patient",
                "DPB1*08:01+DPB1*40:01",
                "--donor",
                "DPB1*40:01+DPB1*40:01"));

        JsonNode dpb1 = out.get("loci").get("DPB1");
        assertThat(dpb1.get("count").asInt()).isEqualTo(1);
        assertThat(dpb1.get("dpb1").asText()).isEqualTo("non-permissive GvH");
        assertThat(out.get("totals").size()).isZero();
    }

    @Test
    void lociLimitTheComparisonAndTheTotals() throws Exception {
        JsonNode out = json(Cli.run(
                "hla",
                "match",
                "--imgt-dir",
                imgt(),
                "--release",
                "3.58.0",
                "--loci",
                "a,B,DRB1",
                "--patient",
                PATIENT,
                "--donor",
                PATIENT));

        assertThat(out.get("loci").fieldNames()).toIterable().containsExactly("A", "B", "DRB1");
        assertThat(out.get("totals").get("6/6").asText()).isEqualTo("6/6");
    }

    @Test
    void aBadTypingIsAUsageErrorThatNamesItAndPrintsNothing() {
        Cli.Result r = Cli.run(
                "hla",
                "match",
                "--imgt-dir",
                imgt(),
                "--release",
                "3.58.0",
                "--patient",
                "A*01:01+A*02:01+A*03:01",
                "--donor",
                "A*01:01");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err())
                .isEqualTo("genobay: typing 'A*01:01+A*02:01+A*03:01': 'A*01:01+A*02:01+A*03:01' has 3 positions;"
                        + " a locus has two\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownAlleleIsAUsageError() {
        Cli.Result r = Cli.run(
                "hla",
                "match",
                "--imgt-dir",
                imgt(),
                "--release",
                "3.58.0",
                "--patient",
                "A*01:9999",
                "--donor",
                "A*01:01");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).isEqualTo("genobay: 'A*01:9999' is not an allele of IMGT/HLA 3.58.0\n");
    }

    @Test
    void anUnknownLocusIsAUsageError() {
        Cli.Result r = Cli.run("hla", "match", "--loci", "A,DRB3", "--patient", "A*01:01", "--donor", "A*01:01");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("unknown locus 'DRB3'; one of A, B, C, DRB1, DQB1, DPB1");
    }

    @Test
    void aMissingReleaseDirectoryExits66(@TempDir Path empty) {
        Cli.Result r =
                Cli.run("hla", "match", "--imgt-dir", empty.toString(), "--patient", "A*01:01", "--donor", "A*01:01");

        assertThat(r.exitCode()).isEqualTo(66);
        assertThat(r.err()).startsWith("genobay: no IMGT/HLA release in " + empty);
    }
}
