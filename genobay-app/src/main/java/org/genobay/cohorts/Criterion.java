package org.genobay.cohorts;

import java.util.Objects;
import java.util.Optional;
import org.genobay.biobank.Sex;
import org.genobay.biobank.SpecimenType;

/**
 * One condition a cohort member must meet. The cases are values; {@link CriteriaJson} reads them from JSON and checks
 * codes, terms and regions against what the platform knows.
 */
sealed interface Criterion {

    /** The JSON {@code type} of the criterion. */
    String type();

    /** A short text for pages and logs. */
    String describe();

    /** What kind of records answering it needs: a shared dataset of another kind cannot answer it. */
    Needs needs();

    /** The records a criterion reads. */
    enum Needs {
        /** Sex, birth year and population, which every participant record has. */
        PARTICIPANT,
        CLINICAL,
        SPECIMEN,
        GENOME
    }

    /** Diagnosed with an ICD-10 code or any code below it. */
    record Diagnosis(String code) implements Criterion {
        public Diagnosis {
            Objects.requireNonNull(code, "code");
        }

        public String type() {
            return "diagnosis";
        }

        public String describe() {
            return "diagnosis " + code + " or below";
        }

        public Needs needs() {
            return Needs.CLINICAL;
        }
    }

    /** Has the HPO phenotype or any of its descendants (observed, not excluded). */
    record Phenotype(String term) implements Criterion {
        public Phenotype {
            Objects.requireNonNull(term, "term");
        }

        public String type() {
            return "phenotype";
        }

        public String describe() {
            return "phenotype " + term + " or a descendant";
        }

        public Needs needs() {
            return Needs.CLINICAL;
        }
    }

    record SexIs(Sex sex) implements Criterion {
        public SexIs {
            Objects.requireNonNull(sex, "sex");
        }

        public String type() {
            return "sex";
        }

        public String describe() {
            return "sex " + sex;
        }

        public Needs needs() {
            return Needs.PARTICIPANT;
        }
    }

    /**
     * Age today within the bounds, inclusive. Participants are recorded with a birth year only, so the age is the one
     * reached in the current calendar year; participants without a birth year never match.
     */
    record AgeRange(Optional<Integer> min, Optional<Integer> max) implements Criterion {
        public AgeRange {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        public String type() {
            return "age";
        }

        public String describe() {
            return "age " + min.map(String::valueOf).orElse("") + "–"
                    + max.map(String::valueOf).orElse("");
        }

        public Needs needs() {
            return Needs.PARTICIPANT;
        }

        boolean includes(int age) {
            return min.map(m -> age >= m).orElse(true) && max.map(m -> age <= m).orElse(true);
        }
    }

    /** Population code as recorded on the participant (1000 Genomes codes such as GBR, CHB). */
    record Population(String code) implements Criterion {
        public Population {
            Objects.requireNonNull(code, "code");
        }

        public String type() {
            return "population";
        }

        public String describe() {
            return "population " + code;
        }

        public Needs needs() {
            return Needs.PARTICIPANT;
        }
    }

    /** Has an AVAILABLE specimen of the type (not flagged by a consent withdrawal). */
    record AvailableSpecimen(SpecimenType specimenType) implements Criterion {
        public AvailableSpecimen {
            Objects.requireNonNull(specimenType, "specimenType");
        }

        public String type() {
            return "specimen";
        }

        public String describe() {
            return "available " + specimenType + " specimen";
        }

        public Needs needs() {
            return Needs.SPECIMEN;
        }
    }

    /** The participant's genome sample carries the ALT allele of the variant (chrom-pos-ref-alt or an ID). */
    record CarriesVariant(long dataset, String variant) implements Criterion {
        public CarriesVariant {
            Objects.requireNonNull(variant, "variant");
        }

        public String type() {
            return "variant";
        }

        public String describe() {
            return "carries " + variant + " (variant dataset " + dataset + ")";
        }

        public Needs needs() {
            return Needs.GENOME;
        }
    }

    /**
     * The participant's genome sample carries a qualifying variant of the region: one whose allele frequency over
     * all the dataset's samples is below {@code maxAf}.
     */
    record CarriesRareVariant(long dataset, String region, double maxAf) implements Criterion {
        public CarriesRareVariant {
            Objects.requireNonNull(region, "region");
        }

        public String type() {
            return "rare-variant";
        }

        public String describe() {
            return "carries a variant of " + region + " with AF < " + maxAf + " (variant dataset " + dataset + ")";
        }

        public Needs needs() {
            return Needs.GENOME;
        }
    }
}
