/**
 * End-to-end benchmarks run side by side with bcftools on the same synthetic cohort: ingest, region allele counts for
 * random half cohorts, whole-dataset counts and store size, with the allele counts checked against bcftools, and the
 * report that {@code genobay-bench/run-benchmarks.sh} writes to {@code docs/benchmarks.md}.
 */
package org.genobay.bench.e2e;
