package org.genobay.hla;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real IMGT/HLA releases and the Atlas MAC file under {@code ../shared/data/hla} (system property
 * {@code genobay.hla.data}, set by the pom). IMGT/HLA is CC BY-ND, so no copy lives in this repository: tests that need
 * a release skip, saying why, on a clone without the shared data.
 */
final class SharedData {
    private static final Map<String, HlaRelease> RELEASES = new ConcurrentHashMap<>();

    private SharedData() {}

    static Path hlaData() {
        return Path.of(System.getProperty("genobay.hla.data", "../../shared/data/hla"));
    }

    static Path imgtRoot() {
        Path root = hlaData().resolve("imgt");
        assumeTrue(
                Files.isDirectory(root),
                "IMGT/HLA releases not found at " + root.toAbsolutePath()
                        + " (they are not redistributable; set -Dgenobay.hla.data to a folder holding imgt/<release>/)");
        return root;
    }

    /** The release, read once per test JVM; skips the test when the shared data is absent. */
    static HlaRelease release(String version) {
        Path root = imgtRoot();
        return RELEASES.computeIfAbsent(version, v -> ImgtReleaseReader.read(root.resolve(v)));
    }

    static Path atlasMacFile() {
        Path file = hlaData().resolve("atlas").resolve("LargeMacDictionary.csv");
        assumeTrue(Files.isRegularFile(file), "Atlas MAC file not found at " + file.toAbsolutePath());
        return file;
    }
}
