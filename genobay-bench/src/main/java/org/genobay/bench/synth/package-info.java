/**
 * The synthetic cohort generator: real phased haplotypes of a small panel (1000 Genomes), tiled along the contig and
 * recombined into new Li–Stephens mosaic haplotypes, written as BGZF VCF with the allele frequencies and linkage
 * disequilibrium of the panel.
 */
package org.genobay.bench.synth;
