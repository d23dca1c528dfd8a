/**
 * Reading VCF text (plain, gzip, BGZF with parallel inflation) and BCF 2.1/2.2 into per-record genotype classes. Both
 * the data-line parser and the BCF record decoder are hand-written because htsjdk's codecs decode every genotype into
 * objects, which is one to two orders of magnitude slower on cohorts of thousands of samples (and htsjdk's BCF codec
 * reads BCF 2.1 only, not the 2.2 that bcftools writes).
 */
package org.genobay.variants.vcf;
