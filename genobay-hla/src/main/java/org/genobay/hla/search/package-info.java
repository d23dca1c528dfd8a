/**
 * Donor searches: a {@link org.genobay.hla.search.DonorIndex} of donors and cord-blood units with their HLA typings,
 * and {@link org.genobay.hla.search.DonorSearch}, which finds those with at most 0, 1 or 2 mismatches at the chosen
 * loci and ranks them.
 *
 * <p>How it is fast and still exactly as right as pairwise matching: loci are compared independently, so the index
 * keeps, per locus, each distinct locus typing once (registries repeat the same typings many times) with a compressed
 * bitmap (RoaringBitmap) of the donors that carry it. A search compares the patient with every distinct locus typing
 * through {@link org.genobay.hla.match.HlaMatcher#match} itself (both cores), which gives each donor's exact match
 * count per locus; the donors with at most k mismatches are then bitmap algebra over per-locus "two matched" and "at
 * least one matched" bitmaps, and each surviving donor's {@link org.genobay.hla.match.MatchResult} is assembled from
 * the per-locus results already computed. {@code DonorSearchTest} checks the results against an exhaustive
 * {@code HlaMatcher} scan.
 */
package org.genobay.hla.search;
