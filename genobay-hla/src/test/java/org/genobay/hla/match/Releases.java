package org.genobay.hla.match;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.ImgtReleaseReader;

/**
 * The staged IMGT/HLA releases under {@code ../shared/data/hla/imgt} (system property {@code genobay.hla.data}). They
 * are CC BY-ND and not in this repository, so tests that need one skip, saying why, where they are absent.
 */
final class Releases {
    private static final Map<String, HlaRelease> READ = new ConcurrentHashMap<>();

    private Releases() {}

    static HlaRelease release(String version) {
        Path root = Path.of(System.getProperty("genobay.hla.data", "../../shared/data/hla"))
                .resolve("imgt");
        assumeTrue(
                Files.isDirectory(root.resolve(version)),
                "IMGT/HLA " + version + " not found under " + root.toAbsolutePath()
                        + " (not redistributable; set -Dgenobay.hla.data to a folder holding imgt/<release>/)");
        return READ.computeIfAbsent(version, v -> ImgtReleaseReader.read(root.resolve(v)));
    }
}
