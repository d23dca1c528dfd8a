/** Benchmarks: a synthetic cohort generator and end-to-end runs side by side with bcftools. */
package org.genobay.bench;
