package org.genobay.cli.variants;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;
import picocli.CommandLine.Option;

/** {@code --samples FILE}: count only these samples instead of the whole dataset. */
final class SamplesOption {
    @Option(
            names = "--samples",
            paramLabel = "FILE",
            description = "Count only the samples listed in FILE, one ID per line (blank lines and lines starting"
                    + " with # are ignored). Default: every sample of the dataset.")
    Optional<Path> file = Optional.empty();

    /**
     * Reads the file now, before the store is opened, so that a bad file fails fast; the function it returns makes the
     * cohort in a dataset (all its samples when no file was given).
     */
    Function<Dataset, Cohort> read() {
        Optional<SampleList> list = file.map(SampleList::read);
        return data -> list.map(l -> l.cohortIn(data)).orElseGet(data::allSamples);
    }
}
