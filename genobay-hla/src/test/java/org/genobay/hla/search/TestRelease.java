package org.genobay.hla.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.ImgtReleaseReader;

/**
 * IMGT/HLA 3.58.0 from {@code ../shared/data/hla/imgt} (system property {@code genobay.hla.data}); CC BY-ND, so not in
 * this repository: tests that need it skip, saying why, where it is absent.
 */
final class TestRelease {
    private static HlaRelease release;

    private TestRelease() {}

    static synchronized HlaRelease get() {
        if (release == null) {
            Path dir = Path.of(System.getProperty("genobay.hla.data", "../../shared/data/hla"))
                    .resolve("imgt")
                    .resolve("3.58.0");
            assumeTrue(Files.isDirectory(dir), "IMGT/HLA 3.58.0 not found at " + dir.toAbsolutePath());
            release = ImgtReleaseReader.read(dir);
        }
        return release;
    }
}
