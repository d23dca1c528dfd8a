package org.genobay.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's input files, copied out of the jar into a folder the user can reuse: the 1000 Genomes chr22 sample VCF,
 * its populations table, and sample lists of the EUR and AFR super-populations made from that table.
 */
record DemoInputs(Path vcf, Path populations, Path eur, Path afr) {
    static final String VCF = "1kg.chr22.sample.vcf.gz";
    static final String POPULATIONS = "populations.tsv";

    static DemoInputs writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Path vcf = copyResource(VCF, dir);
            Path populations = copyResource(POPULATIONS, dir);
            List<String> table = Files.readAllLines(populations, StandardCharsets.UTF_8);
            return new DemoInputs(
                    vcf, populations, writeSuperPopulation(table, "EUR", dir), writeSuperPopulation(table, "AFR", dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's input files to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path copyResource(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = DemoInputs.class.getResourceAsStream("sample/" + name)) {
            if (in == null) {
                throw new IOException("resource sample/" + name + " is missing from the genobay-cli jar");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
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
