package org.genobay.hla.probability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.ImgtReleaseReader;

/**
 * The WMDA matching-validation data (Bochtler et al. 2016, CC BY-NC-ND 4.0) and the IMGT/HLA releases under {@code
 * ../shared/data/hla} (system property {@code genobay.hla.data}, set by the pom). Neither may be copied into this
 * repository, so the tests that read them skip, saying why, where they are absent.
 */
final class WmdaData {
    private static final Map<String, Object> READ = new ConcurrentHashMap<>();

    private WmdaData() {}

    static Path hlaData() {
        return Path.of(System.getProperty("genobay.hla.data", "../../shared/data/hla"));
    }

    static Path file(String name) {
        Path file = hlaData().resolve("wmda-mvt").resolve(name);
        assumeTrue(
                Files.isRegularFile(file),
                "WMDA validation data not found at " + file.toAbsolutePath()
                        + " (CC BY-NC-ND, not in this repository; set -Dgenobay.hla.data to a folder holding"
                        + " wmda-mvt/)");
        return file;
    }

    static HaplotypeFrequencies caucasian() {
        Path file = file("CAU.freqs.gz");
        return (HaplotypeFrequencies) READ.computeIfAbsent("CAU", k -> HaplotypeFrequencies.read(file));
    }

    static HlaRelease release(String version) {
        Path root = hlaData().resolve("imgt").resolve(version);
        assumeTrue(Files.isDirectory(root), "IMGT/HLA " + version + " not found at " + root.toAbsolutePath());
        return (HlaRelease) READ.computeIfAbsent(version, k -> ImgtReleaseReader.read(root));
    }

    /** The lines of a gzip-compressed text file, blank lines left out. */
    static List<String> lines(String name) {
        Path file = file(name);
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
