package org.genobay.variants.segment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Writes one segment: variants must be added in position order. The heap streams to disk as it grows; the columns are
 * kept in memory and written after it, then the header, then the file is forced to disk.
 */
public final class SegmentWriter implements AutoCloseable {
    private final Path path;
    private final String contig;
    private final FileChannel channel;
    private final ByteBuffer heapBuffer = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private long heapSize;
    private byte[] lastSite;
    private int lastSiteOffset = -1;

    private int count;
    private int[] pos = new int[1024];
    private int[] end = new int[1024];
    private int[] entry = new int[1024];
    private final StringColumn ref = new StringColumn();
    private final StringColumn alt = new StringColumn();
    private final StringColumn id = new StringColumn();
    private int maxSpan;

    public SegmentWriter(Path path, String contig) throws IOException {
        this.path = path;
        this.contig = contig;
        this.channel = FileChannel.open(
                path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
        channel.position(SegmentFormat.HEADER_BYTES);
    }

    public Path path() {
        return path;
    }

    public int variants() {
        return count;
    }

    public long heapBytes() {
        return heapSize;
    }

    public int lastPos() {
        return count == 0 ? Integer.MIN_VALUE : pos[count - 1];
    }

    /**
     * Places a site entry, reusing the previous one when its bytes are equal (alleles of one record, and runs of
     * records with the same missing or haploid samples).
     *
     * @return the site's heap offset, to pass to {@link #addVariant}
     */
    public int placeSite(byte[] siteEntry) throws IOException {
        if (lastSite != null && Arrays.equals(lastSite, siteEntry)) {
            return lastSiteOffset;
        }
        lastSiteOffset = appendHeap(siteEntry);
        lastSite = siteEntry;
        return lastSiteOffset;
    }

    public void addVariant(
            int p, int e, String variantId, String refAllele, String altAllele, int siteOffset, byte[] alleleEntry)
            throws IOException {
        if (count == pos.length) {
            int n = count * 2;
            pos = Arrays.copyOf(pos, n);
            end = Arrays.copyOf(end, n);
            entry = Arrays.copyOf(entry, n);
        }
        GenotypeEntries.setSiteOffset(alleleEntry, siteOffset);
        pos[count] = p;
        end[count] = e;
        entry[count] = appendHeap(alleleEntry);
        ref.add(refAllele);
        alt.add(altAllele);
        id.add(variantId);
        maxSpan = Math.max(maxSpan, e - p);
        count++;
    }

    private int appendHeap(byte[] bytes) throws IOException {
        if (heapSize + bytes.length > SegmentFormat.MAX_HEAP_BYTES + (1L << 28)) {
            throw new IllegalStateException("segment heap overflow; the caller must roll segments at MAX_HEAP_BYTES");
        }
        int offset = (int) heapSize;
        int done = 0;
        while (done < bytes.length) {
            if (!heapBuffer.hasRemaining()) {
                flushHeap();
            }
            int n = Math.min(heapBuffer.remaining(), bytes.length - done);
            heapBuffer.put(bytes, done, n);
            done += n;
        }
        heapSize += bytes.length;
        return offset;
    }

    private void flushHeap() throws IOException {
        heapBuffer.flip();
        while (heapBuffer.hasRemaining()) {
            channel.write(heapBuffer);
        }
        heapBuffer.clear();
    }

    /** Writes columns and header and forces the file to disk. */
    public SegmentInfo finish() throws IOException {
        flushHeap();
        long[] sections = new long[SegmentFormat.SECTIONS];
        sections[SegmentFormat.SECTION_HEAP] = SegmentFormat.HEADER_BYTES;
        long at = SegmentFormat.HEADER_BYTES + heapSize;
        at = writeInts(sections, SegmentFormat.SECTION_POS, at, pos, count);
        at = writeInts(sections, SegmentFormat.SECTION_END, at, end, count);
        at = writeInts(sections, SegmentFormat.SECTION_ENTRY, at, entry, count);
        at = ref.write(this, sections, SegmentFormat.SECTION_REF_OFFSETS, at);
        at = alt.write(this, sections, SegmentFormat.SECTION_ALT_OFFSETS, at);
        at = id.write(this, sections, SegmentFormat.SECTION_ID_OFFSETS, at);
        sections[SegmentFormat.SECTION_FILE_END] = at;

        ByteBuffer header = ByteBuffer.allocate(SegmentFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(SegmentFormat.MAGIC)
                .putInt(SegmentFormat.VERSION)
                .putInt(count)
                .putInt(count == 0 ? 0 : pos[0])
                .putInt(count == 0 ? 0 : pos[count - 1])
                .putInt(maxSpan);
        header.position(SegmentFormat.SECTION_TABLE);
        for (long s : sections) {
            header.putLong(s);
        }
        header.flip();
        channel.write(header, 0);
        channel.force(true);
        channel.close();
        return new SegmentInfo(path.getFileName().toString(), contig, count, count == 0 ? 0 : pos[0], lastPos(), at);
    }

    private long writeInts(long[] sections, int section, long at, int[] values, int n) throws IOException {
        sections[section] = at;
        ByteBuffer b = ByteBuffer.allocate(n * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values, 0, n);
        return writeAt(at, b);
    }

    private long writeAt(long at, ByteBuffer b) throws IOException {
        long p = at;
        while (b.hasRemaining()) {
            p += channel.write(b, p);
        }
        return p;
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            channel.close();
        }
    }

    /** Variable-length strings as an offsets column plus the concatenated UTF-8 bytes. */
    private static final class StringColumn {
        private int[] offsets = new int[1025];
        private int n;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void add(String s) {
            if (n + 1 == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            offsets[++n] = bytes.size();
        }

        long write(SegmentWriter w, long[] sections, int offsetsSection, long at) throws IOException {
            long next = w.writeInts(sections, offsetsSection, at, offsets, n + 1);
            sections[offsetsSection + 1] = next;
            return w.writeAt(next, ByteBuffer.wrap(bytes.toByteArray()));
        }
    }
}
