package org.genobay.variants;

/** A variant with its allele counts in one cohort. */
public record VariantCounts(Variant variant, AlleleCounts counts) {}
