/**
 * The donor-search benchmark: a synthetic registry drawn from real haplotype frequencies with a realistic mix of typing
 * resolutions ({@link org.genobay.bench.donors.SyntheticRegistry}), and {@link
 * org.genobay.bench.donors.DonorSearchBenchmark}, which indexes 1 M, 5 M and 10 M donors, times 0-, 1- and
 * 2-mismatch searches and checks a sample against an exhaustive pairwise scan.
 */
package org.genobay.bench.donors;
