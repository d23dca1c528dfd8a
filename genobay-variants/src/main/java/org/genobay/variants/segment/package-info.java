/**
 * The on-disk segment format: immutable files holding one contig's variants in position order, as columns (positions,
 * ends, alleles, IDs, offsets) and a heap of genotype entries whose carrier sets are serialized Roaring bitmaps. Files
 * are memory-mapped for reading. Internal to the store; the format is described in {@link SegmentFormat}.
 */
package org.genobay.variants.segment;
