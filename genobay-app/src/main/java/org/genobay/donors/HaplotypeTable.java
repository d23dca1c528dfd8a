package org.genobay.donors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.genobay.hla.HlaException;
import org.genobay.hla.probability.GenotypeImputation;
import org.genobay.hla.probability.HaplotypeFrequencies;
import org.genobay.hla.probability.MatchProbability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The haplotype frequency table match probabilities are computed with, read once from where the user points ({@code
 * genobay.hla.frequencies}): the WMDA/NMDP tables are not ours to ship (CC BY-NC-ND). Without one, or when it cannot be
 * read, searches go on without probabilities and say why.
 */
@Component
class HaplotypeTable {

    private static final Logger LOG = LoggerFactory.getLogger(HaplotypeTable.class);

    private final Optional<Path> file;
    private final HlaTypings hla;
    private volatile State state;

    HaplotypeTable(@Value("${genobay.hla.frequencies:}") String file, HlaTypings hla) {
        this.file = Optional.of(file.strip()).filter(f -> !f.isEmpty()).map(Path::of);
        this.hla = hla;
    }

    /** A table read and ready, and what it is. */
    record Loaded(GenotypeImputation imputation, MatchProbability probability, String description) {}

    private record State(Optional<Loaded> loaded, String reason) {}

    /** The table, or empty with {@link #missing()} saying why. */
    Optional<Loaded> loaded() {
        return state().loaded();
    }

    /** Why there are no probabilities: no file configured, or the file cannot be read. */
    String missing() {
        return state().reason();
    }

    private State state() {
        State s = state;
        if (s == null) {
            synchronized (this) {
                if (state == null) {
                    state = read();
                }
                s = state;
            }
        }
        return s;
    }

    private State read() {
        if (file.isEmpty()) {
            return new State(
                    Optional.empty(),
                    "no haplotype frequency file configured (genobay.hla.frequencies), so no match probability");
        }
        Path path = file.get();
        if (!Files.isRegularFile(path)) {
            LOG.warn("haplotype frequency file {} does not exist; searches go on without match probability", path);
            return new State(Optional.empty(), "haplotype frequency file " + path + " does not exist");
        }
        try {
            HaplotypeFrequencies table = HaplotypeFrequencies.read(path);
            GenotypeImputation imputation = new GenotypeImputation(table, hla.release());
            String description =
                    path.getFileName() + " (" + table.size() + " haplotypes of " + String.join("~", table.loci()) + ")";
            LOG.info("match probability from {}", description);
            return new State(Optional.of(new Loaded(imputation, new MatchProbability(table), description)), "");
        } catch (HlaException | java.io.UncheckedIOException e) {
            LOG.warn("haplotype frequency file {} cannot be read: {}", path, e.getMessage());
            return new State(Optional.empty(), "haplotype frequency file cannot be read: " + e.getMessage());
        }
    }
}
