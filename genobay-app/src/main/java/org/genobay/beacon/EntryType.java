package org.genobay.beacon;

import java.util.Arrays;
import java.util.Optional;

/** The entry types of the Beacon v2 default model that this Beacon serves, with their path and schema. */
enum EntryType {
    G_VARIANTS("g_variants", "genomicVariant", "Genomic variants", "ga4gh-beacon-variant-v2.0.0", "genomicVariations"),
    INDIVIDUALS("individuals", "individual", "Individuals", "ga4gh-beacon-individual-v2.0.0", "individuals"),
    BIOSAMPLES("biosamples", "biosample", "Biosamples", "ga4gh-beacon-biosample-v2.0.0", "biosamples"),
    COHORTS("cohorts", "cohort", "Cohorts", "ga4gh-beacon-cohort-v2.0.0", "cohorts"),
    DATASETS("datasets", "dataset", "Datasets", "ga4gh-beacon-dataset-v2.0.0", "datasets");

    private final String path;
    private final String id;
    private final String label;
    private final String schema;
    private final String modelFolder;

    EntryType(String path, String id, String label, String schema, String modelFolder) {
        this.path = path;
        this.id = id;
        this.label = label;
        this.schema = schema;
        this.modelFolder = modelFolder;
    }

    String path() {
        return path;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    String schema() {
        return schema;
    }

    /** The default model's schema of this entry type, as published by GA4GH. */
    String schemaUrl() {
        return "https://raw.githubusercontent.com/ga4gh-beacon/beacon-v2/main/models/json/beacon-v2-default-model/"
                + modelFolder + "/defaultSchema.json";
    }

    /** Collections (datasets, cohorts) are listed; the others are queried. */
    boolean collection() {
        return this == COHORTS || this == DATASETS;
    }

    static Optional<EntryType> byPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
    }
}
