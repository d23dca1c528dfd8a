package org.genobay.cli.variants;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --samples FILE}: count only these samples instead of the whole dataset. */
final class SamplesOption {
    @Option(
            names = "--samples",
            paramLabel = "FILE",
            description = "Count only the samples listed in FILE, one ID per line (blank lines and lines starting"
                    + " with # are ignored). Default: every sample of the dataset.")
    Optional<Path> file = Optional.empty();

    /** Read before the store is opened, so that a bad file fails fast. */
    Optional<SampleList> read() {
        return file.map(SampleList::read);
    }
}
