package org.genobay.bench.e2e;

import static org.genobay.bench.e2e.ShellCommand.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bcftools side of the comparison: the same questions asked of the indexed .vcf.gz. */
final class BcftoolsReference {
    private final Path vcf;
    private final Path work;

    BcftoolsReference(Path vcf, Path work) {
        this.vcf = vcf;
        this.work = work;
    }

    /** Writes the cohort as a bcftools samples file (one ID a line) and returns its path. */
    Path samplesFile(List<String> samples, String name) {
        Path file = work.resolve(name);
        try {
            Files.createDirectories(work);
            Files.write(file, samples);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** The pipeline the issue names, timed end to end: subset, region, AC/AN recomputed. */
    ShellCommand regionCounts(Path samples, String region) {
        return new ShellCommand("bcftools view -S " + quote(samples.toString()) + " -r " + quote(region) + " "
                + quote(vcf.toString()) + " | bcftools +fill-tags -- -t AC,AN");
    }

    /** The same counts over the whole file, for the whole-dataset row. */
    ShellCommand wholeCounts(Path samples) {
        return new ShellCommand("bcftools view -S " + quote(samples.toString()) + " " + quote(vcf.toString())
                + " | bcftools +fill-tags -- -t AC,AN");
    }

    /**
     * Rows {@code CHROM POS REF ALT AC AN}, one per alternate allele ({@code norm -m-}), to compare with the store.
     */
    ShellCommand regionCountsPerAllele(Path samples, String region) {
        return new ShellCommand("bcftools view -Ou -S " + quote(samples.toString()) + " -r " + quote(region) + " "
                + quote(vcf.toString()) + " | bcftools norm -Ou -m- | bcftools +fill-tags -Ou -- -t AC,AN"
                + " | bcftools query -f '%CHROM\\t%POS\\t%REF\\t%ALT\\t%INFO/AC\\t%INFO/AN\\n'");
    }

    /** {@code bcftools view -Ob} of the whole file, single-threaded unless {@code threads > 0}. */
    ShellCommand toBcf(Path out, int threads) {
        return new ShellCommand("bcftools view -Ob " + (threads > 0 ? "--threads " + threads + " " : "") + "-o "
                + quote(out.toString()) + " " + quote(vcf.toString()));
    }
}
