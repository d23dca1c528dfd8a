/**
 * Reading VCF text (plain, gzip, BGZF with parallel inflation) and BCF (through htsjdk) into per-record genotype
 * classes. The data-line parser is hand-written because htsjdk's codec decodes every genotype into objects, which is
 * two orders of magnitude slower on cohorts of thousands of samples.
 */
package org.genobay.variants.vcf;
