/**
 * The cohort variant store: VCF/BCF ingestion into sorted, columnar, memory-mapped segments whose carriers are kept as
 * compressed bitmaps, and the queries over them (region, variant, cohort allele counts, carriers, case/control).
 */
package org.genobay.variants;
