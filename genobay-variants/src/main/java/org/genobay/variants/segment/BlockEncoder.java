package org.genobay.variants.segment;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;

/** Collects the variants of one block and encodes them as {@link SegmentFormat} describes. Reused block to block. */
final class BlockEncoder {
    private int rows;
    private int[] pos = new int[SegmentFormat.MAX_BLOCK_ROWS];
    private int[] end = new int[SegmentFormat.MAX_BLOCK_ROWS];
    private final String[] ref = new String[SegmentFormat.MAX_BLOCK_ROWS];
    private final String[] alt = new String[SegmentFormat.MAX_BLOCK_ROWS];
    private final String[] id = new String[SegmentFormat.MAX_BLOCK_ROWS];
    private final byte[][] site = new byte[SegmentFormat.MAX_BLOCK_ROWS][];
    private final byte[][] extra = new byte[SegmentFormat.MAX_BLOCK_ROWS][];
    /** Per row, (sample << 2 | code) of every sample with a non-zero code. */
    private final int[][] codes = new int[SegmentFormat.MAX_BLOCK_ROWS][];

    private final int[] codeCount = new int[SegmentFormat.MAX_BLOCK_ROWS];
    private final int[] changeCount = new int[SegmentFormat.MAX_BLOCK_ROWS];
    private final int[] distance = new int[SegmentFormat.MAX_BLOCK_ROWS];
    private final boolean[] referenced = new boolean[SegmentFormat.MAX_BLOCK_ROWS];
    private int maxSample = -1;
    private int previousSiteHandle = -1;
    private final Deflater deflater = new Deflater(6);
    private int[] scratch = new int[64];
    /** Words of the dense rows of the block being encoded (see {@link SegmentFormat}). */
    private long[] dense = new long[0];

    private int denseRows;

    int rows() {
        return rows;
    }

    boolean full() {
        return rows >= SegmentFormat.MAX_BLOCK_ROWS || rows >= SegmentFormat.blockRows((maxSample >>> 6) + 1);
    }

    /** Words per sample plane: enough for the highest sample index seen, at least one. */
    private int width() {
        return maxSample < 0 ? 1 : (maxSample >>> 6) + 1;
    }

    int firstPos() {
        return pos[0];
    }

    int lastPos() {
        return pos[rows - 1];
    }

    /**
     * @param siteHandle equal handles on consecutive variants mean one shared site entry
     * @param alleleEntry an allele entry as {@link GenotypeEntries#encodeAllele} writes it
     */
    void add(
            int p,
            int e,
            String variantId,
            String refAllele,
            String altAllele,
            int siteHandle,
            byte[] siteEntry,
            byte[] alleleEntry) {
        pos[rows] = p;
        end[rows] = e;
        id[rows] = variantId;
        ref[rows] = refAllele;
        alt[rows] = altAllele;
        site[rows] = rows == 0 || siteHandle != previousSiteHandle ? siteEntry : null;
        previousSiteHandle = siteHandle;
        splitAllele(alleleEntry);
        rows++;
    }

    private void splitAllele(byte[] entry) {
        ByteBuffer b = ByteBuffer.wrap(entry).order(ByteOrder.LITTLE_ENDIAN);
        int n = 0;
        int p = Integer.BYTES;
        ByteArrayOutputStream extras = null;
        while (true) {
            int tag = entry[p++] & 0xFF;
            if (tag == SegmentFormat.END_OF_ENTRY) {
                break;
            }
            ImmutableRoaringBitmap bits = new ImmutableRoaringBitmap(b.slice(p, entry.length - p));
            int length = bits.serializedSizeInBytes();
            if (tag <= SegmentFormat.ALLELE_HEMI) {
                int needed = n + bits.getCardinality();
                if (needed > scratch.length) {
                    scratch = Arrays.copyOf(scratch, Math.max(needed, scratch.length * 2));
                }
                int[] into = scratch;
                int start = n;
                org.roaringbitmap.IntIterator it = bits.getIntIterator();
                while (it.hasNext()) {
                    into[n++] = (it.next() << 2) | tag;
                }
                if (n > start) {
                    maxSample = Math.max(maxSample, into[n - 1] >>> 2);
                }
            } else {
                if (extras == null) {
                    extras = new ByteArrayOutputStream();
                }
                extras.write(tag);
                extras.write(entry, p, length);
            }
            p += length;
        }
        int[] row = Arrays.copyOf(scratch, n);
        Arrays.sort(row); // sample order; a sample holds one code per allele
        codes[rows] = row;
        if (extras != null) {
            extras.write(SegmentFormat.END_OF_ENTRY);
        }
        extra[rows] = extras == null ? null : extras.toByteArray();
    }

    /** Encodes the collected rows as one block and starts the next. */
    byte[] encode() {
        int width = width();
        byte[] meta = metadata();
        int alphabet = 0;
        for (int r = 0; r < rows; r++) {
            for (int c : codes[r]) {
                alphabet |= 1 << (c & 3);
            }
        }
        byte[] genotypes = genotypes(width, alphabet | 1);
        deflater.reset();
        deflater.setInput(meta);
        deflater.finish();
        byte[] packed = new byte[meta.length + 64];
        int packedLength = 0;
        while (!deflater.finished()) {
            if (packedLength == packed.length) {
                packed = Arrays.copyOf(packed, packed.length * 2);
            }
            packedLength += deflater.deflate(packed, packedLength, packed.length - packedLength);
        }
        boolean deflated = 4L * packedLength <= 3L * meta.length;
        if (!deflated) {
            packed = meta;
            packedLength = meta.length;
        }
        int denseWords = denseRows * 2 * width;
        ByteBuffer out = ByteBuffer.allocate(
                        SegmentFormat.BLOCK_HEADER_BYTES + packedLength + genotypes.length + Long.BYTES * denseWords)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(rows)
                .putInt(width)
                .put((byte) (alphabet | 1 | (deflated ? SegmentFormat.METADATA_DEFLATED : 0)))
                .putInt(meta.length)
                .putInt(packedLength);
        out.putInt(genotypes.length).putInt(denseRows);
        out.put(packed, 0, packedLength).put(genotypes);
        out.asLongBuffer().put(dense, 0, denseWords);
        rows = 0;
        maxSample = -1;
        previousSiteHandle = -1;
        return out.array();
    }

    private byte[] metadata() {
        Varints v = new Varints();
        int previous = 0;
        int previousFlags = -1;
        for (int r = 0; r < rows; r++) {
            int endAdjust = end[r] - (pos[r] + ref[r].length() - 1);
            int snv = SegmentFormat.snvCode(ref[r], alt[r]);
            int flags = (snv >= 0 ? SegmentFormat.META_SNV : 0)
                    | (id[r].equals(".") ? SegmentFormat.META_NO_ID : 0)
                    | (endAdjust == 0 ? SegmentFormat.META_PLAIN_END : 0)
                    | siteCode(r)
                    | (extra[r] != null ? SegmentFormat.META_EXTRA : 0);
            long step = r == 0 ? pos[r] : pos[r] - previous;
            v.unsignedLong(step << 1 | (flags != previousFlags ? 1 : 0));
            if (flags != previousFlags) {
                v.write(flags);
            }
            previous = pos[r];
            previousFlags = flags;
            if (snv >= 0) {
                v.write(snv);
            } else {
                v.string(ref[r]);
                v.string(alt[r]);
            }
            if (!id[r].equals(".")) {
                v.string(id[r]);
            }
            if (endAdjust != 0) {
                v.signed(endAdjust);
            }
            if (siteCode(r) == SegmentFormat.META_SITE_ENTRY) {
                v.unsigned(site[r].length);
                v.bytes(site[r]);
            }
            if (extra[r] != null) {
                v.unsigned(extra[r].length);
                v.bytes(extra[r]);
            }
        }
        return v.toByteArray();
    }

    private int siteCode(int r) {
        if (site[r] == null) {
            return SegmentFormat.META_SITE_SAME;
        }
        return site[r].length == 1 && site[r][0] == SegmentFormat.END_OF_ENTRY
                ? SegmentFormat.META_SITE_EMPTY
                : SegmentFormat.META_SITE_ENTRY;
    }

    private byte[] genotypes(int width, int alphabet) {
        int planeWords = 2 * width;
        long[] planes = new long[rows * planeWords];
        for (int r = 0; r < rows; r++) {
            int base = r * planeWords;
            for (int c : codes[r]) {
                int sample = c >>> 2;
                long bit = 1L << sample;
                if ((c & 1) != 0) {
                    planes[base + (sample >>> 6)] |= bit;
                }
                if ((c & 2) != 0) {
                    planes[base + width + (sample >>> 6)] |= bit;
                }
            }
            int nonZero = 0;
            for (int k = 0; k < width; k++) {
                nonZero += Long.bitCount(planes[base + k] | planes[base + width + k]);
            }
            codeCount[r] = nonZero;
        }
        int[] flips = SegmentFormat.flips(alphabet);
        // First every row's reference, so that each row can say whether a later one refers to it.
        java.util.Arrays.fill(referenced, 0, rows, false);
        for (int r = 0; r < rows; r++) {
            int best = codeCount[r];
            int bestDistance = 0;
            int base = r * planeWords;
            for (int d = 1; d <= Math.min(r, SegmentFormat.MAX_REFERENCE_DISTANCE) && best > 0; d++) {
                int other = r - d;
                if (Math.abs(codeCount[other] - codeCount[r]) >= best) {
                    continue;
                }
                int diff = 0;
                int ob = other * planeWords;
                for (int k = 0; k < width && diff < best; k++) {
                    diff += Long.bitCount(
                            (planes[base + k] ^ planes[ob + k]) | (planes[base + width + k] ^ planes[ob + width + k]));
                }
                if (diff < best) {
                    best = diff;
                    bestDistance = d;
                }
            }
            changeCount[r] = best;
            distance[r] = bestDistance;
            referenced[r - bestDistance] |= bestDistance > 0;
        }
        denseRows = 0;
        BitWriter w = new BitWriter();
        for (int r = 0; r < rows; r++) {
            int best = changeCount[r];
            int bestDistance = distance[r];
            int base = r * planeWords;
            int ob = (r - bestDistance) * planeWords;
            w.gamma(bestDistance + 1);
            w.bits(referenced[r] ? 1 : 0, 1);
            if (best > 0
                    && denseBits(width)
                            <= SegmentFormat.DENSE_ROW_TOLERANCE
                                    * changeBits(planes, base, ob, bestDistance == 0, width, flips, best)) {
                w.gamma(SegmentFormat.denseMarker(width) + 1);
                dense = ensure(dense, (denseRows + 1) * planeWords);
                for (int k = 0; k < planeWords; k++) {
                    dense[denseRows * planeWords + k] = planes[base + k] ^ (bestDistance == 0 ? 0 : planes[ob + k]);
                }
                denseRows++;
                continue;
            }
            w.gamma(best + 1);
            int rice = SegmentFormat.riceParameter(best, width);
            int last = -1;
            for (int k = 0; k < width; k++) {
                long lo = planes[base + k];
                long hi = planes[base + width + k];
                long oldLo = bestDistance == 0 ? 0 : planes[ob + k];
                long oldHi = bestDistance == 0 ? 0 : planes[ob + width + k];
                long changed = (lo ^ oldLo) | (hi ^ oldHi);
                while (changed != 0) {
                    int bit = Long.numberOfTrailingZeros(changed);
                    changed &= changed - 1;
                    int sample = (k << 6) | bit;
                    w.rice(sample - last - 1, rice);
                    last = sample;
                    int newCode = (int) ((lo >>> bit) & 1) | (int) (((hi >>> bit) & 1) << 1);
                    int oldCode = (int) ((oldLo >>> bit) & 1) | (int) (((oldHi >>> bit) & 1) << 1);
                    writeFlip(w, flips, oldCode ^ newCode);
                }
            }
        }
        return w.finish();
    }

    private static long denseBits(int width) {
        return 128L * width;
    }

    /** Bits the changes of a row take Rice-coded, as the loop in {@link #genotypes} writes them. */
    private static long changeBits(
            long[] planes, int base, int ob, boolean fromEmpty, int width, int[] flips, int changes) {
        int rice = SegmentFormat.riceParameter(changes, width);
        long bits = 0;
        int last = -1;
        for (int k = 0; k < width; k++) {
            long lo = planes[base + k];
            long hi = planes[base + width + k];
            long oldLo = fromEmpty ? 0 : planes[ob + k];
            long oldHi = fromEmpty ? 0 : planes[ob + width + k];
            long changed = (lo ^ oldLo) | (hi ^ oldHi);
            while (changed != 0) {
                int bit = Long.numberOfTrailingZeros(changed);
                changed &= changed - 1;
                int sample = (k << 6) | bit;
                bits += ((sample - last - 1) >>> rice) + 1 + rice;
                last = sample;
                if (flips.length > 1) {
                    int flip = (int) (((lo ^ oldLo) >>> bit) & 1) | (int) ((((hi ^ oldHi) >>> bit) & 1) << 1);
                    bits += flip == flips[0] ? 1 : 2;
                }
            }
        }
        return bits;
    }

    private static long[] ensure(long[] a, int length) {
        return a.length >= length ? a : Arrays.copyOf(a, Math.max(length, 2 * a.length));
    }

    private static void writeFlip(BitWriter w, int[] flips, int flip) {
        if (flips.length == 1) {
            return;
        }
        if (flip == flips[0]) {
            w.bits(0, 1);
        } else {
            w.bits(flip == flips[1] ? 2 : 3, 2);
        }
    }

    /** LEB128 varints and length-prefixed strings. */
    static final class Varints extends ByteArrayOutputStream {
        void unsigned(int v) {
            while ((v & ~0x7F) != 0) {
                write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write(v);
        }

        void unsignedLong(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write((int) v);
        }

        void signed(int v) {
            unsigned((v << 1) ^ (v >> 31));
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            unsigned(b.length);
            write(b, 0, b.length);
        }

        void bytes(byte[] b) {
            write(b, 0, b.length);
        }
    }
}
