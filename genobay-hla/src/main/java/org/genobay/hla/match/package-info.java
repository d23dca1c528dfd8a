/**
 * Pairwise HLA matching of a patient and a donor typing, per locus (A, B, C, DRB1, DQB1, DPB1) and per position: match
 * counts, {@link org.genobay.hla.match.MatchGrade grades} and {@link org.genobay.hla.match.MatchConfidence
 * confidences} in the terms of the WMDA matching framework and Anthony Nolan's Atlas, null alleles as WMDA rules
 * treat them, DPB1 permissiveness from the release's TCE groups, and the 6/6, 8/8, 10/10 and 12/12 totals.
 *
 * <p>{@link org.genobay.hla.match.HlaMatcher#prepare} turns a typing into a {@link
 * org.genobay.hla.match.PreparedTyping} once (every name expanded, every group and antigen turned into a small int);
 * {@link org.genobay.hla.match.HlaMatcher#match} then compares two prepared typings with no parsing, no expansion and
 * no string work, so a donor index can hold prepared typings and compare millions per second.
 */
package org.genobay.hla.match;
