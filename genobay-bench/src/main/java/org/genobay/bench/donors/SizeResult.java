package org.genobay.bench.donors;

import java.util.List;

/**
 * One registry size's figures.
 *
 * @param donors entries indexed
 * @param buildSeconds generating the GL strings and building the index
 * @param heapBytes heap held by the index after a full GC (used heap minus that before building)
 * @param bitmapBytes bytes in the index's bitmaps
 * @param distinctTypings distinct locus typings over the five searched loci
 * @param times per k = 0, 1, 2
 */
record SizeResult(
        int donors,
        double buildSeconds,
        long heapBytes,
        long bitmapBytes,
        long distinctTypings,
        List<SearchTimes> times) {
    double bytesPerDonor() {
        return (double) heapBytes / donors;
    }
}
