package org.genobay.hla.search;

import org.genobay.hla.match.PreparedTyping;
import org.roaringbitmap.RoaringBitmap;

/**
 * One locus of a {@link DonorIndex}: its distinct typings (each a single-locus {@link PreparedTyping} view), which one
 * each donor has, and per typing the bitmap of donors that have it. Donors are numbered 0 to n-1 in ascending donor id.
 */
final class LocusColumn {
    /** The distinct locus typings, numbered by their position here. */
    final PreparedTyping[] typings;
    /** Per donor number, its typing's number, or -1 when the donor is untyped at the locus. */
    final int[] typingOf;
    /** Per typing number, the donors that have it. */
    final RoaringBitmap[] donorsOf;
    /** The donors untyped at the locus. */
    final RoaringBitmap untyped;

    private LocusColumn(PreparedTyping[] typings, int[] typingOf, RoaringBitmap[] donorsOf, RoaringBitmap untyped) {
        this.typings = typings;
        this.typingOf = typingOf;
        this.donorsOf = donorsOf;
        this.untyped = untyped;
    }

    static LocusColumn of(PreparedTyping[] typings, int[] typingOf) {
        int[] counts = new int[typings.length + 1];
        for (int t : typingOf) {
            counts[t + 1]++;
        }
        // counting sort: donors of each typing become one ascending run, added to its bitmap in one call
        int[] starts = new int[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            starts[i + 1] = starts[i] + counts[i];
        }
        int[] fill = starts.clone();
        int[] sorted = new int[typingOf.length];
        for (int donor = 0; donor < typingOf.length; donor++) {
            sorted[fill[typingOf[donor] + 1]++] = donor;
        }
        RoaringBitmap untyped = bitmap(sorted, starts[0], counts[0]);
        RoaringBitmap[] donorsOf = new RoaringBitmap[typings.length];
        for (int t = 0; t < typings.length; t++) {
            donorsOf[t] = bitmap(sorted, starts[t + 1], counts[t + 1]);
        }
        return new LocusColumn(typings, typingOf, donorsOf, untyped);
    }

    private static RoaringBitmap bitmap(int[] values, int offset, int length) {
        RoaringBitmap bitmap = new RoaringBitmap();
        bitmap.addN(values, offset, length);
        bitmap.runOptimize();
        return bitmap;
    }

    long bitmapBytes() {
        long bytes = untyped.getLongSizeInBytes();
        for (RoaringBitmap b : donorsOf) {
            bytes += b.getLongSizeInBytes();
        }
        return bytes;
    }
}
