package org.genobay.variants.segment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Writes one segment: variants must be added in position order. Blocks stream to disk as they fill; the block index
 * and then the header are written last, then the file is forced to disk.
 */
public final class SegmentWriter implements AutoCloseable {
    private final Path path;
    private final String contig;
    private final FileChannel channel;
    private final BlockEncoder block = new BlockEncoder();
    private long written = SegmentFormat.HEADER_BYTES;
    private byte[] lastSite;
    private int siteHandle = -1;

    private int count;
    private int minPos;
    private int lastPos = Integer.MIN_VALUE;
    private int maxSpan;
    private int blockMaxEnd = Integer.MIN_VALUE;
    private int blocks;
    private ByteBuffer index =
            ByteBuffer.allocate(64 * SegmentFormat.BLOCK_INDEX_BYTES).order(ByteOrder.LITTLE_ENDIAN);

    public SegmentWriter(Path path, String contig) throws IOException {
        this.path = path;
        this.contig = contig;
        this.channel = FileChannel.open(
                path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
    }

    public Path path() {
        return path;
    }

    public int variants() {
        return count;
    }

    /** Bytes of blocks written so far. */
    public long heapBytes() {
        return written;
    }

    public int lastPos() {
        return lastPos;
    }

    /**
     * Places a site entry, reusing the previous one when its bytes are equal (alleles of one record, and runs of
     * records with the same missing or haploid samples).
     *
     * @return the site's handle, to pass to {@link #addVariant}
     */
    public int placeSite(byte[] siteEntry) {
        if (lastSite == null || !Arrays.equals(lastSite, siteEntry)) {
            lastSite = siteEntry;
            siteHandle++;
        }
        return siteHandle;
    }

    public void addVariant(
            int p, int e, String variantId, String refAllele, String altAllele, int site, byte[] alleleEntry)
            throws IOException {
        if (site != siteHandle) {
            throw new IllegalArgumentException("site " + site + " is not the last placed site " + siteHandle);
        }
        if (p < lastPos) {
            throw new IllegalArgumentException("position " + p + " after " + lastPos + ": variants must be sorted");
        }
        block.add(p, e, variantId, refAllele, altAllele, site, lastSite, alleleEntry);
        if (count == 0) {
            minPos = p;
        }
        lastPos = p;
        maxSpan = Math.max(maxSpan, e - p);
        blockMaxEnd = Math.max(blockMaxEnd, e);
        count++;
        if (block.full()) {
            flushBlock();
        }
    }

    private void flushBlock() throws IOException {
        if (block.rows() == 0) {
            return;
        }
        int rows = block.rows();
        int first = block.firstPos();
        int last = block.lastPos();
        byte[] bytes = block.encode();
        if (index.remaining() < SegmentFormat.BLOCK_INDEX_BYTES) {
            ByteBuffer bigger = ByteBuffer.allocate(index.capacity() * 2).order(ByteOrder.LITTLE_ENDIAN);
            index.flip();
            bigger.put(index);
            index = bigger;
        }
        index.putInt(first)
                .putInt(last)
                .putInt(rows)
                .putInt(bytes.length)
                .putLong(written)
                .putInt(blockMaxEnd);
        blockMaxEnd = Integer.MIN_VALUE;
        written = writeAt(written, ByteBuffer.wrap(bytes));
        blocks++;
    }

    /** Writes the last block, the index and the header, and forces the file to disk. */
    public SegmentInfo finish() throws IOException {
        flushBlock();
        long indexOffset = written;
        index.flip();
        long fileEnd = writeAt(indexOffset, index);
        ByteBuffer header = ByteBuffer.allocate(SegmentFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(SegmentFormat.MAGIC)
                .putInt(SegmentFormat.VERSION)
                .putInt(count)
                .putInt(count == 0 ? 0 : minPos)
                .putInt(count == 0 ? 0 : lastPos)
                .putInt(maxSpan)
                .putInt(blocks)
                .putLong(indexOffset)
                .putLong(fileEnd);
        header.flip();
        writeAt(0, header);
        channel.force(true);
        channel.close();
        return new SegmentInfo(
                path.getFileName().toString(),
                contig,
                count,
                count == 0 ? 0 : minPos,
                count == 0 ? 0 : lastPos,
                fileEnd);
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
}
