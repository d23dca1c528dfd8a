package org.genobay.cli.hla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the staged IMGT/HLA releases under ../shared/data/hla/imgt; skips where they are absent (not redistributable). */
class ReduceCommandTest {
    private static String imgt() {
        Path dir = Path.of(System.getProperty("genobay.hla.data", "../../shared/data/hla"))
                .resolve("imgt");
        assumeTrue(Files.isDirectory(dir), "IMGT/HLA releases not found at " + dir.toAbsolutePath());
        return dir.toString();
    }

    @Test
    void printsTheReducedTyping() {
        Cli.Result r = Cli.run("hla", "reduce", "--imgt-dir", imgt(), "--release", "3.58.0", "--to", "G", "A*01:01:01");

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("A*01:01:01G\n");
    }

    @Test
    void reducesEachAlleleOfAGlStringAndEachTypingOnItsOwnLine() {
        Cli.Result r = Cli.run(
                "hla",
                "reduce",
                "--imgt-dir",
                imgt(),
                "--release",
                "3440",
                "--to",
                "lgx",
                "A*01:01:01:01+C*02:10^B*08:01",
                "C*02:10");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("A*01:01+C*02:02^B*08:01\nC*02:02\n");
    }

    @Test
    void serologyOn3440() {
        Cli.Result r = Cli.run("hla", "reduce", "--imgt-dir", imgt(), "--release", "3.44.0", "--to", "S", "B*15:10");

        assertThat(r.out()).isEqualTo("B15/B70/B71\n");
    }

    @Test
    void anUnknownAlleleIsAUsageErrorThatNamesItAndPrintsNothing() {
        Cli.Result r = Cli.run(
                "hla", "reduce", "--imgt-dir", imgt(), "--release", "3.44.0", "--to", "G", "A*01:01", "A*01:34N");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err())
                .isEqualTo("genobay: 'A*01:34N' was deleted from IMGT/HLA on 20110325 (Shown to be expressed at low"
                        + " levels); its current name is A*01:01:38L\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingReleaseDirectoryExits66(@TempDir Path empty) {
        Cli.Result r = Cli.run("hla", "reduce", "--imgt-dir", empty.toString(), "--to", "G", "A*01:01");

        assertThat(r.exitCode()).isEqualTo(66);
        assertThat(r.err()).startsWith("genobay: no IMGT/HLA release in " + empty);
    }

    @Test
    void anUnknownLevelIsAUsageError() {
        Cli.Result r = Cli.run("hla", "reduce", "--to", "X", "A*01:01");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("unknown reduction 'X'; one of G, P, lg, lgx, exon, W, U2, S");
    }
}
