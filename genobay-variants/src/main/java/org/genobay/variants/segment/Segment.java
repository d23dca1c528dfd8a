package org.genobay.variants.segment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.genobay.variants.StoreCorruptedException;
import org.genobay.variants.StoreIoException;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;

/** A memory-mapped, read-only segment: one contig's variants in position order. Safe for concurrent readers. */
public final class Segment {
    private final String file;
    private final String contig;
    private final ByteBuffer data;
    private final int count;
    private final int minPos;
    private final int maxPos;
    private final int maxSpan;
    private final int heapStart;
    private final IntBuffer pos;
    private final IntBuffer end;
    private final IntBuffer entry;
    private final Strings ref;
    private final Strings alt;
    private final Strings id;

    private Segment(String file, String contig, ByteBuffer data) {
        this.file = file;
        this.contig = contig;
        this.data = data;
        if (data.capacity() < SegmentFormat.HEADER_BYTES || data.getLong(0) != SegmentFormat.MAGIC) {
            throw new StoreCorruptedException(file, "not a Genobay segment file");
        }
        if (data.getInt(8) != SegmentFormat.VERSION) {
            throw new StoreCorruptedException(file, "segment format version " + data.getInt(8) + " is not supported");
        }
        count = data.getInt(12);
        minPos = data.getInt(16);
        maxPos = data.getInt(20);
        maxSpan = data.getInt(24);
        long[] s = new long[SegmentFormat.SECTIONS];
        for (int i = 0; i < s.length; i++) {
            s[i] = data.getLong(SegmentFormat.SECTION_TABLE + i * Long.BYTES);
        }
        if (s[SegmentFormat.SECTION_FILE_END] != data.capacity() || count < 0) {
            throw new StoreCorruptedException(
                    file,
                    "truncated: header says " + s[SegmentFormat.SECTION_FILE_END] + " bytes, file has "
                            + data.capacity());
        }
        heapStart = (int) s[SegmentFormat.SECTION_HEAP];
        pos = ints(s[SegmentFormat.SECTION_POS], count);
        end = ints(s[SegmentFormat.SECTION_END], count);
        entry = ints(s[SegmentFormat.SECTION_ENTRY], count);
        ref = new Strings(
                ints(s[SegmentFormat.SECTION_REF_OFFSETS], count + 1), (int) s[SegmentFormat.SECTION_REF_BYTES]);
        alt = new Strings(
                ints(s[SegmentFormat.SECTION_ALT_OFFSETS], count + 1), (int) s[SegmentFormat.SECTION_ALT_BYTES]);
        id = new Strings(ints(s[SegmentFormat.SECTION_ID_OFFSETS], count + 1), (int) s[SegmentFormat.SECTION_ID_BYTES]);
    }

    public static Segment open(Path path, String contig) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            return new Segment(path.toString(), contig, map.order(ByteOrder.LITTLE_ENDIAN));
        } catch (IOException e) {
            throw new StoreIoException("cannot map segment " + path, e);
        }
    }

    private IntBuffer ints(long offset, int n) {
        return data.slice((int) offset, n * Integer.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN)
                .asIntBuffer();
    }

    public String file() {
        return file;
    }

    public String contig() {
        return contig;
    }

    public int size() {
        return count;
    }

    public int minPos() {
        return minPos;
    }

    public int maxPos() {
        return maxPos;
    }

    /** Largest end − pos of any variant, so a region search knows how far back an overlapping variant can start. */
    public int maxSpan() {
        return maxSpan;
    }

    public int pos(int i) {
        return pos.get(i);
    }

    public int end(int i) {
        return end.get(i);
    }

    public String ref(int i) {
        return ref.get(i);
    }

    public String alt(int i) {
        return alt.get(i);
    }

    public String id(int i) {
        return id.get(i);
    }

    /** True when the ID column of variant i equals the given bytes, without decoding a String. */
    public boolean idEquals(int i, byte[] wanted) {
        return id.equalsBytes(i, wanted);
    }

    /** Index of the first variant with pos ≥ p (size() if none). */
    public int lowerBound(int p) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pos.get(mid) < p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Heap offset of the site entry of variant i; variants with equal offsets share their site calls. */
    public int siteOffset(int i) {
        return data.getInt(heapStart + entry.get(i));
    }

    /** Visits the (tag, bitmap) pairs of variant i's site entry. */
    public void visitSite(int siteOffset, EntryVisitor visitor) {
        visit(heapStart + siteOffset, visitor);
    }

    /** Visits the (tag, bitmap) pairs of variant i's allele entry. */
    public void visitAllele(int i, EntryVisitor visitor) {
        visit(heapStart + entry.get(i) + Integer.BYTES, visitor);
    }

    private void visit(int at, EntryVisitor visitor) {
        int p = at;
        while (true) {
            int tag = data.get(p++) & 0xFF;
            if (tag == SegmentFormat.END_OF_ENTRY) {
                return;
            }
            ImmutableRoaringBitmap bitmap = new ImmutableRoaringBitmap(data.slice(p, data.capacity() - p));
            visitor.visit(tag, bitmap);
            p += bitmap.serializedSizeInBytes();
        }
    }

    /** Counts the cohort in each (tag, bitmap) pair of a site entry. */
    public void countSite(int siteOffset, CohortBits cohort, TagCounts sink) {
        count(heapStart + siteOffset, cohort, sink);
    }

    /** Counts the cohort in each (tag, bitmap) pair of variant i's allele entry. */
    public void countAllele(int i, CohortBits cohort, TagCounts sink) {
        count(heapStart + entry.get(i) + Integer.BYTES, cohort, sink);
    }

    private void count(int at, CohortBits cohort, TagCounts sink) {
        int p = at;
        while (true) {
            int tag = data.get(p++) & 0xFF;
            if (tag == SegmentFormat.END_OF_ENTRY) {
                return;
            }
            long r = SerializedBitmaps.count(data, p, cohort, file);
            sink.count(tag, (int) r);
            p += (int) (r >>> 32);
        }
    }

    /** Receives the cohort count of each carrier class of an entry. */
    @FunctionalInterface
    public interface TagCounts {
        void count(int tag, int samples);
    }

    /** Receives the entries of a site or allele. */
    @FunctionalInterface
    public interface EntryVisitor {
        void visit(int tag, ImmutableRoaringBitmap samples);
    }

    private final class Strings {
        private final IntBuffer offsets;
        private final int bytesStart;

        Strings(IntBuffer offsets, int bytesStart) {
            this.offsets = offsets;
            this.bytesStart = bytesStart;
        }

        String get(int i) {
            int from = offsets.get(i);
            int to = offsets.get(i + 1);
            byte[] b = new byte[to - from];
            data.get(bytesStart + from, b);
            return new String(b, StandardCharsets.UTF_8);
        }

        boolean equalsBytes(int i, byte[] wanted) {
            int from = offsets.get(i);
            int to = offsets.get(i + 1);
            if (to - from != wanted.length) {
                return false;
            }
            for (int k = 0; k < wanted.length; k++) {
                if (data.get(bytesStart + from + k) != wanted[k]) {
                    return false;
                }
            }
            return true;
        }
    }
}
