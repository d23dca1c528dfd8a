package org.genobay.donors;

import java.nio.file.Path;
import java.util.Optional;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.hla.GlString;
import org.genobay.hla.HlaException;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.ImgtReleaseReader;
import org.genobay.hla.TypingParser;
import org.genobay.hla.match.HlaMatcher;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.PreparedTyping;
import org.genobay.hla.search.DonorIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The IMGT/HLA release typings are checked and matched with, read once on first use (a release takes a second or two
 * to read, and the application starts without one: only the donor pages need it).
 */
@Component
class HlaTypings {

    private final Path imgtDir;
    private final Optional<String> version;
    private volatile Engine engine;

    HlaTypings(@Value("${genobay.hla.imgt-dir}") String imgtDir, @Value("${genobay.hla.release:}") String version) {
        this.imgtDir = Path.of(imgtDir);
        this.version = Optional.of(version.strip()).filter(v -> !v.isEmpty());
    }

    private record Engine(HlaRelease release, TypingParser parser, HlaMatcher matcher) {}

    private Engine engine() {
        Engine loaded = engine;
        if (loaded == null) {
            synchronized (this) {
                if (engine == null) {
                    try {
                        HlaRelease release = ImgtReleaseReader.read(ImgtReleaseReader.locate(imgtDir, version));
                        engine = new Engine(release, new TypingParser(release), new HlaMatcher(release));
                    } catch (HlaException e) {
                        throw new ConflictException(
                                "hla-release-missing",
                                "no IMGT/HLA release to check typings with: " + e.getMessage()
                                        + " (set genobay.hla.imgt-dir, see docs/guide/donors.md)");
                    }
                }
                loaded = engine;
            }
        }
        return loaded;
    }

    String releaseVersion() {
        return engine().release().version();
    }

    HlaRelease release() {
        return engine().release();
    }

    /** A GL string already checked when it was saved (a stored typing), parsed for imputation. */
    GlString parse(String field, String gl) {
        try {
            return engine().parser().parse(gl.strip());
        } catch (HlaException e) {
            throw new InvalidInputException(field, field + " '" + gl.strip() + "': " + e.getMessage());
        }
    }

    HlaMatcher matcher() {
        return engine().matcher();
    }

    /** A builder of a donor index whose typings are prepared by {@link #matcher()}, as {@link #prepare} does. */
    DonorIndex.Builder indexBuilder() {
        Engine e = engine();
        return DonorIndex.builder(e.matcher(), e.parser());
    }

    /**
     * Parses and prepares a GL string, refusing one that names an unknown allele, code or antigen, or that types none
     * of the matched loci; the problem names the field and the term.
     */
    PreparedTyping prepare(String field, String gl) {
        if (gl == null || gl.isBlank()) {
            throw new InvalidInputException(field, field + " is required: an HLA typing as a GL string");
        }
        Engine e = engine();
        PreparedTyping prepared;
        try {
            GlString typing = e.parser().parse(gl.strip());
            prepared = e.matcher().prepare(typing);
        } catch (HlaException ex) {
            throw new InvalidInputException(field, field + " '" + gl.strip() + "': " + ex.getMessage());
        }
        if (prepared.typedLoci().isEmpty()) {
            throw new InvalidInputException(
                    field,
                    field + " '" + gl.strip() + "' types none of the matched loci "
                            + java.util.List.of(Locus.values()));
        }
        return prepared;
    }
}
