package org.genobay.variants;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.genobay.variants.segment.GenotypeEntries;
import org.genobay.variants.segment.Segment;
import org.genobay.variants.segment.SegmentFormat;
import org.roaringbitmap.RoaringBitmap;

/** One stored variant's carrier classes decoded into mutable bitmaps, for merging inputs. */
final class VariantCalls {
    final RoaringBitmap missing = new RoaringBitmap();
    final SortedMap<Integer, RoaringBitmap> called = new TreeMap<>();
    final RoaringBitmap het = new RoaringBitmap();
    final RoaringBitmap hom = new RoaringBitmap();
    final RoaringBitmap hemi = new RoaringBitmap();
    final SortedMap<Integer, RoaringBitmap> copies = new TreeMap<>();

    static VariantCalls read(Segment s, int row) {
        VariantCalls c = new VariantCalls();
        s.visitSite(s.siteOffset(row), (tag, bits) -> {
            if (tag == SegmentFormat.SITE_MISSING) {
                c.missing.or(bits.toRoaringBitmap());
            } else if (tag >= SegmentFormat.SITE_CALLED_BASE) {
                c.called.put(tag - SegmentFormat.SITE_CALLED_BASE, bits.toRoaringBitmap());
            }
        });
        s.visitAllele(row, (tag, bits) -> {
            switch (tag) {
                case SegmentFormat.ALLELE_HET -> c.het.or(bits.toRoaringBitmap());
                case SegmentFormat.ALLELE_HOM -> c.hom.or(bits.toRoaringBitmap());
                case SegmentFormat.ALLELE_HEMI -> c.hemi.or(bits.toRoaringBitmap());
                default -> c.copies.put(tag - SegmentFormat.ALLELE_COPIES_BASE, bits.toRoaringBitmap());
            }
        });
        return c;
    }

    void or(VariantCalls o) {
        missing.or(o.missing);
        het.or(o.het);
        hom.or(o.hom);
        hemi.or(o.hemi);
        orAll(called, o.called);
        orAll(copies, o.copies);
    }

    private static void orAll(SortedMap<Integer, RoaringBitmap> into, SortedMap<Integer, RoaringBitmap> from) {
        for (Map.Entry<Integer, RoaringBitmap> e : from.entrySet()) {
            into.computeIfAbsent(e.getKey(), k -> new RoaringBitmap()).or(e.getValue());
        }
    }

    /** The first sample within {@code shared} whose calls differ between this and the other, or -1. */
    int firstDifference(VariantCalls o, RoaringBitmap shared) {
        int first = Integer.MAX_VALUE;
        first = Math.min(first, diff(missing, o.missing, shared));
        first = Math.min(first, diff(het, o.het, shared));
        first = Math.min(first, diff(hom, o.hom, shared));
        first = Math.min(first, diff(hemi, o.hemi, shared));
        for (int k : union(called, o.called)) {
            first = Math.min(first, diff(called.get(k), o.called.get(k), shared));
        }
        for (int k : union(copies, o.copies)) {
            first = Math.min(first, diff(copies.get(k), o.copies.get(k), shared));
        }
        return first == Integer.MAX_VALUE ? -1 : first;
    }

    private static java.util.Set<Integer> union(Map<Integer, ?> a, Map<Integer, ?> b) {
        java.util.Set<Integer> s = new java.util.TreeSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }

    private static int diff(RoaringBitmap a, RoaringBitmap b, RoaringBitmap shared) {
        RoaringBitmap x = RoaringBitmap.xor(
                Objects.requireNonNullElseGet(a, RoaringBitmap::new),
                Objects.requireNonNullElseGet(b, RoaringBitmap::new));
        x.and(shared);
        return x.isEmpty() ? Integer.MAX_VALUE : x.first();
    }

    /** No sample calls two alleles and some sample has a haploid call: a chrY, chrX-in-males or MT record. */
    boolean isHaploid(RoaringBitmap samples) {
        RoaringBitmap notTwo = new RoaringBitmap();
        called.values().forEach(notTwo::or);
        RoaringBitmap one = called.get(1);
        return RoaringBitmap.andNot(samples, notTwo).isEmpty()
                && one != null
                && !RoaringBitmap.andNot(one, missing).isEmpty();
    }

    byte[] encodeSite(RoaringBitmap absent) {
        return GenotypeEntries.encodeSite(missing, absent, called);
    }

    byte[] encodeAllele() {
        return GenotypeEntries.encodeAllele(het, hom, hemi, copies);
    }
}
