package org.genobay.variants.segment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.genobay.variants.StoreCorruptedException;
import org.genobay.variants.StoreIoException;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;
import org.roaringbitmap.buffer.MutableRoaringBitmap;

/**
 * A memory-mapped, read-only segment: one contig's variants in position order, in blocks decoded on demand. Rows are
 * numbered from 0 across the blocks. Safe for concurrent readers.
 */
public final class Segment {
    private final String file;
    private final String contig;
    private final ByteBuffer data;
    private final int count;
    private final int minPos;
    private final int maxPos;
    private final int maxSpan;
    private final int[] blockFirstRow;
    private final int[] blockFirstPos;
    private final int[] blockLastPos;
    private final int[] blockMaxEnd;
    private final int[] blockLength;
    private final long[] blockOffset;
    /** Each scanning thread's ring of decoded rows, kept: a 2,504-sample ring is 160 KiB, a block's decode. */
    private static final ThreadLocal<long[]> RING = ThreadLocal.withInitial(() -> new long[0]);

    /** The last block decoded: scans and repeated lookups touch one block many times in a row. */
    private volatile Block recent;

    private Segment(String file, String contig, ByteBuffer data) {
        this.file = file;
        this.contig = contig;
        this.data = data;
        if (data.capacity() < SegmentFormat.HEADER_BYTES || data.getLong(0) != SegmentFormat.MAGIC) {
            throw new StoreCorruptedException(file, "not a Genobay segment file");
        }
        if (data.getInt(8) != SegmentFormat.VERSION) {
            throw new StoreCorruptedException(
                    file,
                    "segment format version " + data.getInt(8) + " is not supported (this version reads "
                            + SegmentFormat.VERSION + "; ingest the input files again)");
        }
        count = data.getInt(12);
        minPos = data.getInt(16);
        maxPos = data.getInt(20);
        maxSpan = data.getInt(24);
        int blocks = data.getInt(28);
        long indexOffset = data.getLong(32);
        long fileEnd = data.getLong(40);
        if (fileEnd != data.capacity()
                || count < 0
                || blocks < 0
                || indexOffset + (long) blocks * SegmentFormat.BLOCK_INDEX_BYTES != fileEnd) {
            throw new StoreCorruptedException(
                    file, "truncated: header says " + fileEnd + " bytes, file has " + data.capacity());
        }
        blockFirstRow = new int[blocks + 1];
        blockFirstPos = new int[blocks];
        blockLastPos = new int[blocks];
        blockLength = new int[blocks];
        blockOffset = new long[blocks];
        blockMaxEnd = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            int at = (int) indexOffset + b * SegmentFormat.BLOCK_INDEX_BYTES;
            blockFirstPos[b] = data.getInt(at);
            blockLastPos[b] = data.getInt(at + 4);
            blockFirstRow[b + 1] = blockFirstRow[b] + data.getInt(at + 8);
            blockLength[b] = data.getInt(at + 12);
            blockOffset[b] = data.getLong(at + 16);
            blockMaxEnd[b] = data.getInt(at + 24);
            if (blockOffset[b] < SegmentFormat.HEADER_BYTES || blockOffset[b] + blockLength[b] > indexOffset) {
                throw new StoreCorruptedException(file, "block " + b + " lies outside the file");
            }
        }
        if (blockFirstRow[blocks] != count) {
            throw new StoreCorruptedException(
                    file, "blocks hold " + blockFirstRow[blocks] + " variants, header says " + count);
        }
    }

    public static Segment open(Path path, String contig) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            return new Segment(path.toString(), contig, map.order(ByteOrder.LITTLE_ENDIAN));
        } catch (IOException e) {
            throw new StoreIoException("cannot map segment " + path, e);
        }
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
    /**
     * The first row that may reach {@code start} (END ≥ start): rows before it all end earlier. Blocks whose variants all
     * end before {@code start} are skipped, so one long variant does not make every region query decode from as far
     * back as the longest span of the segment.
     */
    public int firstRowReaching(int start) {
        int from = lowerBound((int) Math.max(0, (long) start - maxSpan));
        if (from >= count) {
            return count;
        }
        int b = blockIndexOfRow(from);
        int at = lowerBound(start);
        int last = at >= count ? blockMaxEnd.length - 1 : blockIndexOfRow(at);
        while (b < last && blockMaxEnd[b] < start) {
            b++;
        }
        return Math.max(from, blockFirstRow[b]);
    }

    public int maxSpan() {
        return maxSpan;
    }

    /** Bytes the segment takes on disk. */
    public long bytes() {
        return data.capacity();
    }

    Block blockOfRow(int row) {
        Block b = recent;
        if (b != null && row >= b.firstRow && row < b.firstRow + b.rows) {
            return b;
        }
        return block(blockIndexOfRow(row));
    }

    private int blockIndexOfRow(int row) {
        if (row < 0 || row >= count) {
            throw new IndexOutOfBoundsException("row " + row + " of " + count);
        }
        int lo = 0;
        int hi = blockFirstPos.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blockFirstRow[mid] <= row) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private Block block(int index) {
        Block b = recent;
        if (b != null && b.index == index) {
            return b;
        }
        b = Block.read(file, data, index, blockFirstRow[index], blockOffset[index], blockLength[index]);
        recent = b;
        return b;
    }

    public int pos(int i) {
        Block b = blockOfRow(i);
        return b.pos[i - b.firstRow];
    }

    public int end(int i) {
        Block b = blockOfRow(i);
        return b.end[i - b.firstRow];
    }

    public String ref(int i) {
        Block b = blockOfRow(i);
        return b.ref[i - b.firstRow];
    }

    public String alt(int i) {
        Block b = blockOfRow(i);
        return b.alt[i - b.firstRow];
    }

    public String id(int i) {
        Block b = blockOfRow(i);
        return b.id[i - b.firstRow];
    }

    /** Index of the first variant with pos ≥ p (size() if none). */
    public int lowerBound(int p) {
        int lo = 0;
        int hi = blockLastPos.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blockLastPos[mid] < p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == blockLastPos.length) {
            return count;
        }
        Block b = block(lo);
        int r = 0;
        while (b.pos[r] < p) {
            r++;
        }
        return b.firstRow + r;
    }

    /** A key of the site entry of variant i; variants with equal keys share their site calls. */
    public int siteOffset(int i) {
        Block b = blockOfRow(i);
        return b.firstRow + b.siteRow[i - b.firstRow];
    }

    /** Visits the (tag, bitmap) pairs of the site entry with the given key. */
    public void visitSite(int siteKey, EntryVisitor visitor) {
        Block b = blockOfRow(siteKey);
        visit(b.site[siteKey - b.firstRow], visitor);
    }

    /** Visits the (tag, bitmap) pairs of variant i's carriers: het, hom, hemi, then copies of higher ploidy. */
    public void visitAllele(int i, EntryVisitor visitor) {
        Block b = blockOfRow(i);
        int r = i - b.firstRow;
        long[] planes = b.planes();
        int w = b.width;
        int base = r * 2 * w;
        MutableRoaringBitmap[] byCode = new MutableRoaringBitmap[4];
        for (int k = 0; k < w; k++) {
            long lo = planes[base + k];
            long hi = planes[base + w + k];
            long any = lo | hi;
            while (any != 0) {
                int bit = Long.numberOfTrailingZeros(any);
                any &= any - 1;
                int code = (int) ((lo >>> bit) & 1) | (int) (((hi >>> bit) & 1) << 1);
                if (byCode[code] == null) {
                    byCode[code] = new MutableRoaringBitmap();
                }
                byCode[code].add((k << 6) | bit);
            }
        }
        for (int code = 1; code < 4; code++) {
            if (byCode[code] != null) {
                visitor.visit(code, byCode[code]);
            }
        }
        if (b.extra[r] != null) {
            visit(b.extra[r], visitor);
        }
    }

    private static void visit(ByteBuffer entry, EntryVisitor visitor) {
        int p = 0;
        while (true) {
            int tag = entry.get(p++) & 0xFF;
            if (tag == SegmentFormat.END_OF_ENTRY) {
                return;
            }
            ImmutableRoaringBitmap bitmap = new ImmutableRoaringBitmap(entry.slice(p, entry.capacity() - p));
            visitor.visit(tag, bitmap);
            p += bitmap.serializedSizeInBytes();
        }
    }

    /** Counts the cohort in each (tag, bitmap) pair of a site entry. */
    public void countSite(int siteKey, CohortBits cohort, TagCounts sink) {
        Block b = blockOfRow(siteKey);
        count(b.site[siteKey - b.firstRow], cohort, sink);
    }

    /** Counts the cohort in each carrier class of variant i. */
    public void countAllele(int i, CohortBits cohort, TagCounts sink) {
        Block b = blockOfRow(i);
        int r = i - b.firstRow;
        long[] planes = b.planes();
        long[] c = cohort.words();
        int w = Math.min(b.width, c.length);
        int base = r * 2 * b.width;
        int het = 0;
        int hom = 0;
        int hemi = 0;
        for (int k = 0; k < w; k++) {
            long lo = planes[base + k];
            long hi = planes[base + b.width + k];
            long m = c[k];
            het += Long.bitCount(lo & ~hi & m);
            hom += Long.bitCount(hi & ~lo & m);
            hemi += Long.bitCount(lo & hi & m);
        }
        sink.count(SegmentFormat.ALLELE_HET, het);
        sink.count(SegmentFormat.ALLELE_HOM, hom);
        sink.count(SegmentFormat.ALLELE_HEMI, hemi);
        if (b.extra[r] != null) {
            count(b.extra[r], cohort, sink);
        }
    }

    private void count(ByteBuffer entry, CohortBits cohort, TagCounts sink) {
        int p = 0;
        while (true) {
            int tag = entry.get(p++) & 0xFF;
            if (tag == SegmentFormat.END_OF_ENTRY) {
                return;
            }
            long r = SerializedBitmaps.count(entry, p, cohort, file);
            sink.count(tag, (int) r);
            p += (int) (r >>> 32);
        }
    }

    /**
     * Passes rows {@code [from, to)} with their cohort counts to {@code sink}, decoding each block once with a ring of
     * rows rather than whole planes. Thread-safe: scans of different ranges may run at once.
     */
    public void scan(int from, int to, CohortBits cohort, java.util.function.Consumer<ScannedRow> sink) {
        if (from >= to) {
            return;
        }
        long[] ring = RING.get();
        RING.set(NO_RING); // a scan started from the sink gets a ring of its own
        try {
            ring = scanBlocks(from, to, cohort, sink, ring);
        } finally {
            RING.set(ring);
        }
    }

    private static final long[] NO_RING = new long[0];

    /** @return the ring, grown if the blocks needed more room */
    private long[] scanBlocks(int from, int to, CohortBits cohort, Consumer<ScannedRow> sink, long[] ring) {
        ScannedRow out = new ScannedRow();
        long[] c = cohort.words();
        int[] siteCounts = new int[3];
        int[] counts = new int[3 * SegmentFormat.MAX_BLOCK_ROWS];
        for (int b = blockIndexOfRow(from); b < blockLength.length && blockFirstRow[b] < to; b++) {
            Block blk = Block.read(file, data, b, blockFirstRow[b], blockOffset[b], blockLength[b]);
            int lo = Math.max(from, blk.firstRow) - blk.firstRow;
            int hi = Math.min(to, blk.firstRow + blk.rows) - blk.firstRow;
            int slots = Math.min(blk.rows, SegmentFormat.MAX_REFERENCE_DISTANCE + 1);
            if (ring.length < slots * 2 * blk.width) {
                ring = new long[slots * 2 * blk.width];
            }
            blk.count(ring, slots, hi, c, counts);
            int currentSite = -1;
            for (int r = lo; r < hi; r++) {
                if (blk.siteRow[r] != currentSite) {
                    currentSite = blk.siteRow[r];
                    siteCounts[0] = 0;
                    siteCounts[1] = 0;
                    siteCounts[2] = 0;
                    count(blk.site[currentSite], cohort, (tag, n) -> {
                        if (tag == SegmentFormat.SITE_MISSING) {
                            siteCounts[0] = n;
                        } else if (tag == SegmentFormat.SITE_ABSENT) {
                            siteCounts[1] = n;
                        } else {
                            siteCounts[2] += (tag - SegmentFormat.SITE_CALLED_BASE - 2) * n;
                        }
                    });
                }
                out.row = blk.firstRow + r;
                out.pos = blk.pos[r];
                out.end = blk.end[r];
                out.id = blk.id[r];
                out.ref = blk.ref[r];
                out.alt = blk.alt[r];
                out.het = counts[3 * r];
                out.hom = counts[3 * r + 1];
                out.hemi = counts[3 * r + 2];
                out.extraCopies = 0;
                if (blk.extra[r] != null) {
                    count(
                            blk.extra[r],
                            cohort,
                            (tag, n) -> out.extraCopies += (tag - SegmentFormat.ALLELE_COPIES_BASE) * n);
                }
                out.missing = siteCounts[0];
                out.absent = siteCounts[1];
                out.calledAdjustment = siteCounts[2];
                sink.accept(out);
            }
        }
        return ring;
    }

    /** Dense rows (see {@link SegmentFormat}) in all blocks: for diagnostics and tests. */
    int denseRows() {
        int n = 0;
        for (int b = 0; b < blockOffset.length; b++) {
            n += data.getInt((int) blockOffset[b] + 21);
        }
        return n;
    }

    /** Row ranges of about {@code rows} rows each, cut at block boundaries, covering {@code [from, to)}. */
    public java.util.List<int[]> split(int from, int to, int rows) {
        java.util.List<int[]> parts = new java.util.ArrayList<>();
        int start = from;
        while (start < to) {
            int b = blockIndexOfRow(start);
            while (b + 1 < blockLength.length && blockFirstRow[b + 1] - start < rows) {
                b++;
            }
            int stop = Math.min(to, blockFirstRow[b + 1]);
            parts.add(new int[] {start, stop});
            start = stop;
        }
        return parts;
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
}
