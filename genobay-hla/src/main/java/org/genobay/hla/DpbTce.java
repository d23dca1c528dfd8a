package org.genobay.hla;

/**
 * The T-cell-epitope (TCE) group of a DPB1 allele, from the release's {@code tce/dpb_tce.csv}, which DPB1
 * permissive/non-permissive mismatch rules compare.
 *
 * @param allele the DPB1 allele, e.g. {@code DPB1*01:01:01:01}
 * @param protein its two-field protein name, e.g. {@code DPB1*01:01}
 * @param v1Assignment TCE group by the first algorithm (1, 2, 3, 0 for null, {@code $} marks an inferred group)
 * @param v2Assignment TCE group by the second algorithm, in the same notation; empty when unassigned
 */
public record DpbTce(String allele, String protein, String v1Assignment, String v2Assignment) {}
