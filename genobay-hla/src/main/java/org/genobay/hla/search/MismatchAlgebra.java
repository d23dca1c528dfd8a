package org.genobay.hla.search;

import java.util.ArrayList;
import java.util.List;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Donors with at most k mismatched positions over several loci, from per-locus bitmaps: "two matched" (no mismatch at
 * the locus) and "at least one matched" (at most one). A locus outside the two has two mismatches.
 *
 * <ul>
 *   <li>k = 0: every locus two-matched;
 *   <li>k = 1: one locus at least one-matched, all others two-matched;
 *   <li>k = 2: one locus anything and all others two-matched, or two loci at least one-matched and all others
 *       two-matched.
 * </ul>
 */
final class MismatchAlgebra {
    private MismatchAlgebra() {}

    static RoaringBitmap atMost(int k, List<RoaringBitmap> two, List<RoaringBitmap> one, RoaringBitmap all) {
        int loci = two.size();
        List<RoaringBitmap> terms = new ArrayList<>();
        if (k == 0) {
            terms.add(and(two, one, all, -1, -1, false));
        } else if (k == 1) {
            for (int j = 0; j < loci; j++) {
                terms.add(and(two, one, all, j, -1, true));
            }
        } else {
            for (int j = 0; j < loci; j++) {
                terms.add(and(two, one, all, j, -1, false));
                for (int i = j + 1; i < loci; i++) {
                    terms.add(and(two, one, all, j, i, true));
                }
            }
        }
        return terms.size() == 1 ? terms.get(0) : FastAggregation.or(terms.iterator());
    }

    /**
     * The AND of the two-matched bitmaps of every locus except {@code free1} and {@code free2}; those loci are ANDed in
     * as one-matched when {@code oneAtFree}, else left out.
     */
    private static RoaringBitmap and(
            List<RoaringBitmap> two,
            List<RoaringBitmap> one,
            RoaringBitmap all,
            int free1,
            int free2,
            boolean oneAtFree) {
        List<RoaringBitmap> parts = new ArrayList<>();
        for (int l = 0; l < two.size(); l++) {
            if (l == free1 || l == free2) {
                if (oneAtFree) {
                    parts.add(one.get(l));
                }
            } else {
                parts.add(two.get(l));
            }
        }
        if (parts.isEmpty()) {
            return all.clone();
        }
        if (parts.size() == 1) {
            return parts.get(0).clone();
        }
        parts.sort((a, b) -> Long.compare(a.getLongCardinality(), b.getLongCardinality()));
        RoaringBitmap result = RoaringBitmap.and(parts.get(0), parts.get(1));
        for (int i = 2; i < parts.size() && !result.isEmpty(); i++) {
            result.and(parts.get(i));
        }
        return result;
    }
}
