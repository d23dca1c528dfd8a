/**
 * Measurement study of the cohort variant store's size (issue 2, target: a tenth of the .vcf.gz): a byte breakdown of
 * a stored segment, and offline bit counts of alternative genotype codings on the same variants.
 */
package org.genobay.bench.storesize;
