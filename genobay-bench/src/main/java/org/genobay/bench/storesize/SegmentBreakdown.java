package org.genobay.bench.storesize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Where the bytes of a segment file go, read from the layout that {@code org.genobay.variants.segment.SegmentFormat}
 * (version 3) documents: file header and block index, block headers, metadata (stored size; of its plain bytes, the
 * site entries with the missing/absent bitmaps, and the rest: positions, alleles, IDs, flags), the Rice-coded genotype
 * bits and the dense rows' words. Kept independent of the reader so that it counts what is on disk.
 */
record SegmentBreakdown(
        int variants,
        int blocks,
        long fileBytes,
        long headerAndIndex,
        long blockHeaders,
        long metadataStored,
        long metadataPlain,
        long siteEntriesPlain,
        long genotypeBits,
        long denseRowBytes,
        int denseRows) {

    private static final int META_SNV = 1;
    private static final int META_NO_ID = 2;
    private static final int META_PLAIN_END = 4;
    private static final int META_SITE_MASK = 24;
    private static final int META_SITE_ENTRY = 16;
    private static final int META_EXTRA = 32;

    static SegmentBreakdown of(Path segment) {
        byte[] all;
        try {
            all = Files.readAllBytes(segment);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + segment, e);
        }
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        int version = b.getInt(8);
        if (b.getLong(0) != 0x313047455359424CL || version != 3) {
            throw new IllegalArgumentException(segment + ": not a version 3 segment (version " + version + ")");
        }
        int variants = b.getInt(12);
        int blocks = b.getInt(28);
        long indexOffset = b.getLong(32);
        long fileEnd = b.getLong(40);
        long headers = 0;
        long stored = 0;
        long plain = 0;
        long sites = 0;
        long genotypes = 0;
        long dense = 0;
        int denseRows = 0;
        for (int k = 0; k < blocks; k++) {
            int entry = (int) indexOffset + 28 * k;
            int length = b.getInt(entry + 12);
            int offset = (int) b.getLong(entry + 16);
            int rows = b.getInt(offset);
            int width = b.getInt(offset + 4);
            boolean deflated = (b.get(offset + 8) & 0x80) != 0;
            int metaLength = b.getInt(offset + 9);
            int packedLength = b.getInt(offset + 13);
            int genotypeLength = b.getInt(offset + 17);
            int blockDense = b.getInt(offset + 21);
            int expected = 25 + packedLength + genotypeLength + 16 * blockDense * width;
            if (expected != length) {
                throw new IllegalArgumentException(
                        segment + ": block " + k + " sizes add to " + expected + " bytes, the index says " + length);
            }
            headers += 25;
            stored += packedLength;
            plain += metaLength;
            byte[] meta = new byte[metaLength];
            if (deflated) {
                inflate(all, offset + 25, packedLength, meta, segment, k);
            } else {
                System.arraycopy(all, offset + 25, meta, 0, metaLength);
            }
            sites += siteEntryBytes(meta, rows);
            genotypes += genotypeLength;
            dense += 16L * blockDense * width;
            denseRows += blockDense;
        }
        return new SegmentBreakdown(
                variants,
                blocks,
                all.length,
                64 + (fileEnd - indexOffset),
                headers,
                stored,
                plain,
                sites,
                genotypes,
                dense,
                denseRows);
    }

    private static void inflate(byte[] from, int at, int length, byte[] into, Path segment, int block) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(from, at, length);
            int n = 0;
            while (n < into.length && !inflater.finished()) {
                n += inflater.inflate(into, n, into.length - n);
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(segment + ": block " + block + " metadata does not inflate", e);
        } finally {
            inflater.end();
        }
    }

    /** Bytes of the site entries (length varint and entry) in a block's plain metadata. */
    private static long siteEntryBytes(byte[] m, int rows) {
        int[] at = {0};
        int flags = 0;
        long sites = 0;
        for (int r = 0; r < rows; r++) {
            long step = varint(m, at);
            if ((step & 1) != 0) {
                flags = m[at[0]++] & 0xFF;
            }
            if ((flags & META_SNV) != 0) {
                at[0]++;
            } else {
                skip(m, at);
                skip(m, at);
            }
            if ((flags & META_NO_ID) == 0) {
                skip(m, at);
            }
            if ((flags & META_PLAIN_END) == 0) {
                varint(m, at);
            }
            if ((flags & META_SITE_MASK) == META_SITE_ENTRY) {
                int start = at[0];
                skip(m, at);
                sites += at[0] - start;
            }
            if ((flags & META_EXTRA) != 0) {
                skip(m, at);
            }
        }
        return sites;
    }

    /** Skips a length-prefixed field (the length is read before the cursor moves past it). */
    private static void skip(byte[] m, int[] at) {
        int length = (int) varint(m, at);
        at[0] += length;
    }

    private static long varint(byte[] m, int[] at) {
        long v = 0;
        int shift = 0;
        while (true) {
            int b = m[at[0]++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
            shift += 7;
        }
    }
}
