package org.genobay.variants.segment;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.SortedMap;
import org.roaringbitmap.RoaringBitmap;

/** Encodes site and allele entries as (tag, serialized Roaring bitmap) lists; see {@link SegmentFormat}. */
public final class GenotypeEntries {
    private GenotypeEntries() {}

    /** @param called for each count of called alleles other than two, the samples with that count */
    public static byte[] encodeSite(
            RoaringBitmap missing, RoaringBitmap absent, SortedMap<Integer, RoaringBitmap> called) {
        Encoder e = new Encoder(0);
        e.add(SegmentFormat.SITE_MISSING, missing);
        e.add(SegmentFormat.SITE_ABSENT, absent);
        for (Map.Entry<Integer, RoaringBitmap> c : called.entrySet()) {
            e.add(SegmentFormat.SITE_CALLED_BASE + c.getKey(), c.getValue());
        }
        return e.finish();
    }

    /**
     * An allele entry: a 4-byte prefix (unused, kept for the entry layout), then (tag, bitmap) pairs.
     *
     * @param copies for samples of ploidy above two, the samples holding each number of copies
     */
    public static byte[] encodeAllele(
            RoaringBitmap het, RoaringBitmap hom, RoaringBitmap hemi, SortedMap<Integer, RoaringBitmap> copies) {
        Encoder e = new Encoder(Integer.BYTES);
        e.add(SegmentFormat.ALLELE_HET, het);
        e.add(SegmentFormat.ALLELE_HOM, hom);
        e.add(SegmentFormat.ALLELE_HEMI, hemi);
        for (Map.Entry<Integer, RoaringBitmap> c : copies.entrySet()) {
            e.add(SegmentFormat.ALLELE_COPIES_BASE + c.getKey(), c.getValue());
        }
        return e.finish();
    }

    private static final class Encoder {
        private final int prefix;
        private final int[] tags = new int[8 + SegmentFormat.MAX_PLOIDY];
        private final RoaringBitmap[] maps = new RoaringBitmap[tags.length];
        private int count;
        private int bytes;

        Encoder(int prefix) {
            this.prefix = prefix;
        }

        void add(int tag, RoaringBitmap bitmap) {
            if (bitmap == null || bitmap.isEmpty()) {
                return;
            }
            // Runs pay off only for large sets (a whole batch missing, say); small sets stay arrays.
            if (bitmap.getCardinality() > 256) {
                bitmap.runOptimize();
            }
            tags[count] = tag;
            maps[count++] = bitmap;
            bytes += 1 + bitmap.serializedSizeInBytes();
        }

        byte[] finish() {
            ByteBuffer out = ByteBuffer.allocate(prefix + bytes + 1).order(ByteOrder.LITTLE_ENDIAN);
            out.position(prefix);
            for (int i = 0; i < count; i++) {
                out.put((byte) tags[i]);
                maps[i].serialize(out);
            }
            out.put((byte) SegmentFormat.END_OF_ENTRY);
            return out.array();
        }
    }
}
