package org.genobay.cli.hla;

import java.nio.file.Path;
import java.util.Optional;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.ImgtReleaseReader;
import org.genobay.hla.MacDictionary;
import org.genobay.hla.ReleaseNotFoundException;
import picocli.CommandLine.Option;

/**
 * Where the IMGT/HLA release comes from: {@code --imgt-dir} (default {@code $GENOBAY_IMGT_DIR} or {@code data/imgt})
 * holding release subdirectories ({@code 3.58.0/wmda/...}) or one release's files, and {@code --release}. Genobay
 * ships no IMGT/HLA data (CC BY-ND): the user downloads a release there.
 */
final class ReleaseOptions {
    @Option(
            names = "--imgt-dir",
            paramLabel = "DIR",
            defaultValue = "${GENOBAY_IMGT_DIR:-data/imgt}",
            description = "Directory with IMGT/HLA releases in subdirectories named for them (3.58.0/wmda/hla_nom.txt"
                    + " ...), or with one release's files (default: ${DEFAULT-VALUE}; set GENOBAY_IMGT_DIR to change"
                    + " it).")
    Path imgtDir;

    @Option(
            names = "--release",
            paramLabel = "VERSION",
            description = "IMGT/HLA release, e.g. 3.58.0 or 3580 (default: the newest in --imgt-dir).")
    String release;

    @Option(
            names = "--mac-file",
            paramLabel = "FILE",
            description = "NMDP multiple allele codes (numer.v3.txt, or CSV with Code and HLA columns), to expand codes"
                    + " such as A*01:AB.")
    Path macFile;

    HlaRelease load() {
        Path dir = ImgtReleaseReader.locate(imgtDir, Optional.ofNullable(release));
        HlaRelease loaded = ImgtReleaseReader.read(dir);
        if (release != null && !sameVersion(loaded.version(), release)) {
            throw new ReleaseNotFoundException(
                    dir + " holds IMGT/HLA " + loaded.version() + ", not the release " + release + " asked for");
        }
        return loaded;
    }

    Optional<MacDictionary> macs() {
        return Optional.ofNullable(macFile).map(MacDictionary::read);
    }

    private static boolean sameVersion(String loaded, String asked) {
        return loaded.equals(asked) || loaded.replace(".", "").equals(asked);
    }
}
