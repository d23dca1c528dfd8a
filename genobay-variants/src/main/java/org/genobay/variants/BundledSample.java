package org.genobay.variants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The real 1000 Genomes sample shipped in this jar (folder {@code org/genobay/variants/sample/}, with its README and
 * attribution): the first 2,000 chr22 records of all 2,504 samples, and each sample's population. The command line's
 * demo and the application's demo both ingest it; a resource inside a jar is not a file, so it is copied out first.
 */
public final class BundledSample {

    /** BGZF VCF, 2,000 records, 2,014 alternate alleles, 2,504 samples. */
    public static final String VCF = "1kg.chr22.sample.vcf.gz";

    /** Tab-separated: sample, population, super-population, sex; a {@code #} header line. */
    public static final String POPULATIONS = "populations.tsv";

    private BundledSample() {}

    /** Opens one of the bundled files. */
    public static InputStream open(String name) throws IOException {
        InputStream in = BundledSample.class.getResourceAsStream("sample/" + name);
        if (in == null) {
            throw new IOException("resource org/genobay/variants/sample/" + name + " is missing from the classpath");
        }
        return in;
    }

    /** Copies one of the bundled files into the folder (replacing a file of that name) and returns the copy. */
    public static Path copyTo(String name, Path dir) {
        Path target = dir.resolve(name);
        try (InputStream in = open(name)) {
            Files.createDirectories(dir);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the bundled " + name + " to " + dir + ": " + e.getMessage(), e);
        }
    }
}
