package org.genobay.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genobay.variants.BundledSample;

/**
 * The demo's input files, copied out of the genobay-variants jar ({@link BundledSample}) into a folder the user can
 * reuse: the 1000 Genomes chr22 sample VCF, its populations table, and sample lists of the EUR and AFR
 * super-populations made from that table.
 */
record DemoInputs(Path vcf, Path populations, Path eur, Path afr) {
    static final String VCF = BundledSample.VCF;
    static final String POPULATIONS = BundledSample.POPULATIONS;

    static DemoInputs writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Path vcf = BundledSample.copyTo(VCF, dir);
            Path populations = BundledSample.copyTo(POPULATIONS, dir);
            List<String> table = Files.readAllLines(populations, StandardCharsets.UTF_8);
            return new DemoInputs(
                    vcf, populations, writeSuperPopulation(table, "EUR", dir), writeSuperPopulation(table, "AFR", dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's input files to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Column 3 of populations.tsv is the super-population. */
    private static Path writeSuperPopulation(List<String> table, String superPopulation, Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# " + superPopulation + " samples of the 1000 Genomes chr22 sample, from " + POPULATIONS);
        for (String row : table) {
            String[] fields = row.split("\t");
            if (!row.startsWith("#") && fields.length > 2 && fields[2].equals(superPopulation)) {
                lines.add(fields[0]);
            }
        }
        return Files.write(dir.resolve(superPopulation + ".txt"), lines, StandardCharsets.UTF_8);
    }
}
