package org.genobay.demo;

import java.util.Objects;
import org.genobay.biobank.Sex;

/** One row of the bundled 1000 Genomes pedigree subset: a sample, its sex and population. */
record DemoSample(String sampleId, Sex sex, String population) {

    DemoSample {
        Objects.requireNonNull(sampleId, "sampleId");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(population, "population");
    }

    /** Reads a pedigree line: family, individual, father, mother, sex (1 male, 2 female), phenotype, population, …. */
    static DemoSample parse(String line, int lineNumber) {
        String[] fields = line.split("\t");
        if (fields.length < 7) {
            throw new IllegalArgumentException(
                    "demo pedigree line " + lineNumber + " has " + fields.length + " fields, expected at least 7");
        }
        Sex sex =
                switch (fields[4]) {
                    case "1" -> Sex.MALE;
                    case "2" -> Sex.FEMALE;
                    default -> Sex.UNKNOWN;
                };
        return new DemoSample(fields[1], sex, fields[6]);
    }
}
