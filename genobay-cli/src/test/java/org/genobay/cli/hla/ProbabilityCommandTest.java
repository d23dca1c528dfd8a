package org.genobay.cli.hla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A made-up two-locus table; the IMGT/HLA release from ../shared/data/hla/imgt (skips where it is absent). */
class ProbabilityCommandTest {
    private static final String TABLE =
            """
            A*01:01~B*08:01,1,0.4
            A*02:01~B*07:02,1,0.3
            A*02:01~B*08:01,1,0.2
            A*03:01~B*07:02,1,0.1
            """;

    private static String imgt() {
        Path dir = Path.of(System.getProperty("genobay.hla.data", "../../shared/data/hla"))
                .resolve("imgt");
        assumeTrue(Files.isDirectory(dir), "IMGT/HLA releases not found at " + dir.toAbsolutePath());
        return dir.toString();
    }

    private static Cli.Result run(Path table, String patient, String donor) {
        return Cli.run(
                "hla",
                "probability",
                "--imgt-dir",
                imgt(),
                "--release",
                "3.58.0",
                "--frequencies",
                table.toString(),
                "--patient",
                patient,
                "--donor",
                donor);
    }

    @Test
    void printsTheHandComputedSplitAsJson(@TempDir Path dir) throws Exception {
        Path table = Files.writeString(dir.resolve("freqs.csv"), TABLE);

        Cli.Result r = run(table, "A*01:01+A*02:01^B*08:01+B*07:02", "A*01:01+A*02:01/A*03:01^B*08:01+B*07:02");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(r.out());
        // donor priors 2*0.4*0.3 = 0.24 (identical) and 2*0.4*0.1 = 0.08 (A*03:01 instead of A*02:01)
        assertThat(out.get("matchProbability").get("overall").get("4/4").asDouble())
                .isCloseTo(0.75, within(1e-12));
        assertThat(out.get("matchProbability")
                        .get("mismatchesPerLocus")
                        .get("A")
                        .get("1")
                        .asDouble())
                .isCloseTo(0.25, within(1e-12));
        assertThat(out.get("donor").get("genotypeCount").asInt()).isEqualTo(2);
    }

    @Test
    void aTypingNoHaplotypeExplainsIsReportedNotThrown(@TempDir Path dir) throws Exception {
        Path table = Files.writeString(dir.resolve("freqs.csv"), TABLE);

        Cli.Result r = run(table, "A*01:01+A*02:01", "A*11:01+A*01:01");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(r.out());
        assertThat(out.get("donor").get("noConsistentGenotype").asText()).contains("at A");
        assertThat(out.has("matchProbability")).isFalse();
    }

    @Test
    void aBadFrequencyFileFailsNamingTheLine(@TempDir Path dir) throws Exception {
        Path table = Files.writeString(dir.resolve("freqs.csv"), TABLE + "A*11:01~B*07:02,1,two\n");

        Cli.Result r = run(table, "A*01:01+A*02:01", "A*01:01+A*02:01");

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("line 5, field freq");
    }
}
