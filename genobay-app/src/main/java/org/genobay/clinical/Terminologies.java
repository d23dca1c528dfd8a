package org.genobay.clinical;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The HPO and ICD-10 terminologies, read once at start from the configured files or the bundled subsets, and the
 * descendant look-ups that queries by term use: an HPO term with all its descendants, an ICD-10 code with all codes
 * below it (chapter, block, category, subcategory). A file that cannot be read stops the start with its name and line.
 */
@Component
public class Terminologies {

    static final String BUNDLED_HPO = "clinical/hp-subset.obo";
    static final String BUNDLED_ICD10 = "clinical/icd10-subset.tsv";
    private static final Logger log = LoggerFactory.getLogger(Terminologies.class);

    private final Terminology hpo;
    private final Terminology icd10;

    @Autowired
    Terminologies(ClinicalProperties properties) {
        this(
                load(properties.hpoFile(), BUNDLED_HPO, (file, in) -> OboReader.read("HPO", file, in)),
                load(properties.icd10File(), BUNDLED_ICD10, Icd10Reader::read));
        log.info(
                "Terminologies: HPO {} terms from {}, ICD-10 {} codes from {}",
                hpo.size(),
                hpo.source(),
                icd10.size(),
                icd10.source());
    }

    Terminologies(Terminology hpo, Terminology icd10) {
        this.hpo = hpo;
        this.icd10 = icd10;
    }

    public Terminology hpo() {
        return hpo;
    }

    public Terminology icd10() {
        return icd10;
    }

    /** The HPO term and all its descendants; an unknown term is invalid input. */
    public Set<String> hpoWithDescendants(String termId) {
        return hpo.withDescendants(termId);
    }

    /** The ICD-10 code and every code below it; an unknown code is invalid input. */
    public Set<String> icd10WithChildren(String code) {
        return icd10.withDescendants(code);
    }

    /** Reads the bundled default subsets only; for tests and tools without a Spring context. */
    static Terminologies bundled() {
        return new Terminologies(new ClinicalProperties(Optional.empty(), Optional.empty()));
    }

    private static Terminology load(
            Optional<Path> configured, String bundled, BiFunction<String, Reader, Terminology> reader) {
        try {
            if (configured.isPresent()) {
                Path file = configured.get().toAbsolutePath();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return reader.apply(file.toString(), in);
                }
            }
            try (Reader in =
                    new InputStreamReader(new ClassPathResource(bundled).getInputStream(), StandardCharsets.UTF_8)) {
                return reader.apply("bundled " + bundled, in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read terminology " + configured.map(Path::toString).orElse(bundled) + ": " + e.getMessage(),
                    e);
        }
    }
}
