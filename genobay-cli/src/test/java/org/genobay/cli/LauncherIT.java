package org.genobay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./genobay} launcher as a process, against the jar that {@code package} built just before. The
 * launcher is told not to check staleness (GENOBAY_NO_BUILD=1), so it never starts a Maven build inside this one.
 */
class LauncherIT {
    private static final Path ROOT =
            Path.of(System.getProperty("genobay.root", "..")).toAbsolutePath().normalize();

    record Run(int exitCode, String output) {}

    @Test
    void helpFromTheRepositoryRootListsTheCommands() throws Exception {
        Run r = launch(ROOT, "./genobay", "--help");

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("Usage: genobay", "variants", "demo").doesNotContain("building genobay");
    }

    @Test
    void worksFromAnotherDirectoryWithPathsRelativeToIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("samples.txt"), "S1\nS1\n");
        String launcher = ROOT.resolve("genobay").toString();

        Run version = launch(dir, launcher, "--version");
        Run query = launch(
                dir,
                launcher,
                "variants",
                "query",
                "--store",
                ".",
                "--dataset",
                "d",
                "--region",
                "22",
                "--samples",
                "samples.txt");

        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("genobay ");
        // samples.txt resolved against the caller's directory: its duplicate is found, so the file was read
        assertThat(query.exitCode()).isEqualTo(64);
        assertThat(query.output()).contains("samples.txt, line 2: sample 'S1' is listed twice");
    }

    private static Run launch(Path workingDirectory, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().put("GENOBAY_NO_BUILD", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
