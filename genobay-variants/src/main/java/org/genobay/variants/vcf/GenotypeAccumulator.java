package org.genobay.variants.vcf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.genobay.variants.segment.GenotypeEntries;
import org.roaringbitmap.RoaringBitmap;

/**
 * Sorts one record's genotype calls into the carrier classes of {@link org.genobay.variants.segment.SegmentFormat}
 * and encodes them. Reused from record to record by one parsing thread.
 */
final class GenotypeAccumulator {
    private final RoaringBitmap absent;
    private final boolean sortNeeded;
    private IntList[] het = new IntList[0];
    private IntList[] hom = new IntList[0];
    private IntList[] hemi = new IntList[0];
    private final IntList missing = new IntList();
    private final IntList[] called = new IntList[org.genobay.variants.segment.SegmentFormat.MAX_PLOIDY + 1];
    /** Rare: samples of ploidy above two; [allele][copies]. */
    private TreeMap<Integer, TreeMap<Integer, IntList>> polyCopies;

    private int alleles;

    /**
     * @param absent samples of the dataset this input does not hold (empty when absent samples count as reference)
     * @param sortNeeded whether the input's sample columns map to dataset indices out of order
     */
    GenotypeAccumulator(RoaringBitmap absent, boolean sortNeeded) {
        this.absent = absent;
        this.sortNeeded = sortNeeded;
    }

    void start(int altCount) {
        alleles = altCount;
        if (het.length < altCount + 1) {
            het = grow(het, altCount + 1);
            hom = grow(hom, altCount + 1);
            hemi = grow(hemi, altCount + 1);
        }
        for (int a = 1; a <= altCount; a++) {
            het[a].clear();
            hom[a].clear();
            hemi[a].clear();
        }
        missing.clear();
        for (IntList c : called) {
            if (c != null) {
                c.clear();
            }
        }
        polyCopies = null;
    }

    private static IntList[] grow(IntList[] old, int n) {
        IntList[] a = Arrays.copyOf(old, n);
        for (int i = old.length; i < n; i++) {
            a[i] = new IntList();
        }
        return a;
    }

    /** A diploid call with both alleles called (0 = REF). */
    void diploid(int sample, int a1, int a2) {
        if (a1 == a2) {
            if (a1 > 0) {
                hom[a1].add(sample);
            }
        } else {
            if (a1 > 0) {
                het[a1].add(sample);
            }
            if (a2 > 0) {
                het[a2].add(sample);
            }
        }
    }

    /**
     * Any other call.
     *
     * @param alleleIndices the called alleles (missing ones left out)
     * @param calledCount how many of the ploidy's alleles are called
     */
    void general(int sample, int ploidy, int[] alleleIndices, int calledCount) {
        if (calledCount < ploidy) {
            missing.add(sample);
        }
        if (calledCount != 2) {
            calledList(calledCount).add(sample);
        }
        if (ploidy <= 2) {
            if (calledCount == 2) {
                diploid(sample, alleleIndices[0], alleleIndices[1]);
            } else if (calledCount == 1 && alleleIndices[0] > 0) {
                hemi[alleleIndices[0]].add(sample);
            }
            return;
        }
        int[] copies = new int[alleles + 1];
        for (int i = 0; i < calledCount; i++) {
            copies[alleleIndices[i]]++;
        }
        for (int a = 1; a <= alleles; a++) {
            if (copies[a] > 0) {
                if (polyCopies == null) {
                    polyCopies = new TreeMap<>();
                }
                polyCopies
                        .computeIfAbsent(a, k -> new TreeMap<>())
                        .computeIfAbsent(copies[a], k -> new IntList())
                        .add(sample);
            }
        }
    }

    private IntList calledList(int k) {
        if (called[k] == null) {
            called[k] = new IntList();
        }
        return called[k];
    }

    byte[] encodeSite() {
        SortedMap<Integer, RoaringBitmap> c = new TreeMap<>();
        for (int k = 0; k < called.length; k++) {
            if (called[k] != null && called[k].size() > 0) {
                c.put(k, bitmap(called[k]));
            }
        }
        return GenotypeEntries.encodeSite(bitmap(missing), absent, c);
    }

    List<byte[]> encodeAlleles() {
        List<byte[]> out = new ArrayList<>(alleles);
        for (int a = 1; a <= alleles; a++) {
            SortedMap<Integer, RoaringBitmap> copies = Collections.emptySortedMap();
            if (polyCopies != null && polyCopies.containsKey(a)) {
                copies = new TreeMap<>();
                for (var e : polyCopies.get(a).entrySet()) {
                    copies.put(e.getKey(), bitmap(e.getValue()));
                }
            }
            out.add(GenotypeEntries.encodeAllele(bitmap(het[a]), bitmap(hom[a]), bitmap(hemi[a]), copies));
        }
        return out;
    }

    private RoaringBitmap bitmap(IntList list) {
        RoaringBitmap r = new RoaringBitmap();
        if (list.size() > 0) {
            if (sortNeeded) {
                list.sort();
            }
            r.addN(list.values(), 0, list.size());
        }
        return r;
    }

    /** A growable int array; not a List to avoid boxing millions of sample indices. */
    static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        int[] values() {
            return values;
        }

        void sort() {
            Arrays.sort(values, 0, size);
        }
    }
}
