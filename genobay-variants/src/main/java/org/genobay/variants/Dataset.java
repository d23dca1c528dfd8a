package org.genobay.variants;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One committed dataset of a {@link VariantStore}: its samples and variants, and the queries over them. A dataset is
 * immutable; a later ingest that replaces it is seen by a new {@link VariantStore#dataset} call.
 */
public interface Dataset {
    String name();

    /** Sample IDs in dataset order (order of first appearance across the inputs). */
    List<String> sampleIds();

    /** Contigs as written in the inputs, in the order of the first input's header. */
    List<String> contigs();

    long variantCount();

    Cohort allSamples();

    /**
     * The cohort of the given samples.
     *
     * @throws UnknownSampleException naming every sample the dataset lacks
     * @throws DuplicateSampleException if a sample is listed twice
     */
    Cohort cohort(Collection<String> sampleIds);

    /** Variants overlapping the region, in position order, each with its counts in the cohort. */
    void forEachInRegion(Region region, Cohort cohort, Consumer<VariantCounts> action);

    default List<VariantCounts> countsInRegion(Region region, Cohort cohort) {
        List<VariantCounts> out = new java.util.ArrayList<>();
        forEachInRegion(region, cohort, out::add);
        return out;
    }

    /** Every variant of the dataset with its counts in the cohort, contig by contig in position order. */
    void forEach(Cohort cohort, Consumer<VariantCounts> action);

    /** Variants named by the key: one for chrom-pos-ref-alt (if present), possibly several for an ID. */
    List<Variant> find(VariantKey key);

    default Optional<Variant> find(String chrom, int pos, String ref, String alt) {
        return find(new VariantKey.ByAlleles(chrom, pos, ref, alt)).stream().findFirst();
    }

    /** @throws InvalidQueryException if the variant is not in this dataset */
    AlleleCounts counts(Variant variant, Cohort cohort);

    /** @throws InvalidQueryException if the variant is not in this dataset */
    Carriers carriers(Variant variant, Cohort cohort);

    /**
     * Allelic counts in cases and controls with Fisher's exact test.
     *
     * @throws InvalidQueryException if the variant is not in this dataset or the cohorts share samples
     */
    CaseControlCounts caseControl(Variant variant, Cohort cases, Cohort controls);
}
