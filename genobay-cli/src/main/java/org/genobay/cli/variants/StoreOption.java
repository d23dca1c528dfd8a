package org.genobay.cli.variants;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.cli.MissingInputException;
import org.genobay.variants.VariantStore;
import picocli.CommandLine.Option;

/** {@code --store DIR}, defaulting to {@code $GENOBAY_STORE} or {@code data/store} (where {@code genobay demo} writes). */
final class StoreOption {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "${GENOBAY_STORE:-data/store}",
            description = "Variant store directory (default: ${DEFAULT-VALUE}; set GENOBAY_STORE to change it).")
    Path directory;

    /** For queries: a store that is not there is a mistake, not something to create. */
    VariantStore openExisting() {
        if (!Files.isDirectory(directory)) {
            throw new MissingInputException("store directory", directory);
        }
        return VariantStore.open(directory);
    }

    VariantStore openOrCreate() {
        return VariantStore.open(directory);
    }
}
