package org.genobay.variants.segment;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.genobay.variants.StoreCorruptedException;

/**
 * One decoded block of a segment: its variants' columns at once, their genotype planes on first use. Immutable once
 * the planes are decoded; safe for concurrent readers.
 */
final class Block {
    /** Single-character alleles and IDs ("A", ".") as shared strings: most columns are one of them. */
    private static final String[] ONE_CHARACTER = new String[128];

    static {
        for (int c = 0; c < ONE_CHARACTER.length; c++) {
            ONE_CHARACTER[c] = String.valueOf((char) c).intern();
        }
    }

    final int index;
    final int firstRow;
    final int rows;
    final int width;
    final int[] pos;
    final int[] end;
    final String[] ref;
    final String[] alt;
    final String[] id;
    /** Per row, the row (within the block) whose site entry it shares. */
    final int[] siteRow;
    /** Site entries by the row that introduced them (null elsewhere), little-endian buffers. */
    final ByteBuffer[] site;
    /** Extra allele entries (copies for ploidy above two), null for none. */
    final ByteBuffer[] extra;

    private final String file;
    private final byte[] genotypeBytes;
    private final int alphabet;
    private volatile long[] planes;

    private Block(String file, int index, int firstRow, int rows, int width, int alphabet, byte[] genotypeBytes) {
        this.file = file;
        this.index = index;
        this.firstRow = firstRow;
        this.rows = rows;
        this.width = width;
        this.alphabet = alphabet;
        this.genotypeBytes = genotypeBytes;
        pos = new int[rows];
        end = new int[rows];
        ref = new String[rows];
        alt = new String[rows];
        id = new String[rows];
        siteRow = new int[rows];
        site = new ByteBuffer[rows];
        extra = new ByteBuffer[rows];
    }

    /** Decodes the columns of the block at {@code offset} (length {@code length}) of the mapped segment. */
    static Block read(String file, ByteBuffer data, int index, int firstRow, long offset, int length) {
        try {
            ByteBuffer b = data.slice((int) offset, length).order(ByteOrder.LITTLE_ENDIAN);
            int rows = b.getInt(0);
            int width = b.getInt(4);
            int alphabet = b.get(8);
            int metaLength = b.getInt(9);
            int packedLength = b.getInt(13);
            int genotypeLength = b.getInt(17);
            if (rows <= 0
                    || width <= 0
                    || metaLength < 0
                    || SegmentFormat.BLOCK_HEADER_BYTES + (long) packedLength + genotypeLength != length) {
                throw new StoreCorruptedException(file, "block " + index + " has a damaged header");
            }
            byte[] packed = new byte[packedLength];
            b.get(SegmentFormat.BLOCK_HEADER_BYTES, packed);
            byte[] genotypes = new byte[genotypeLength];
            b.get(SegmentFormat.BLOCK_HEADER_BYTES + packedLength, genotypes);
            Block block = new Block(file, index, firstRow, rows, width, alphabet, genotypes);
            block.readMetadata(inflate(file, index, packed, metaLength));
            return block;
        } catch (IndexOutOfBoundsException e) {
            throw new StoreCorruptedException(file, "block " + index + " is cut short");
        }
    }

    private static byte[] inflate(String file, int index, byte[] packed, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            byte[] out = new byte[length];
            int n = 0;
            while (n < length && !inflater.finished()) {
                int got = inflater.inflate(out, n, length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != length) {
                throw new StoreCorruptedException(file, "block " + index + " metadata is damaged");
            }
            return out;
        } catch (DataFormatException e) {
            throw new StoreCorruptedException(file, "block " + index + " metadata is damaged: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private void readMetadata(byte[] m) {
        Cursor c = new Cursor(m);
        int previous = 0;
        int currentSite = 0;
        for (int r = 0; r < rows; r++) {
            pos[r] = r == 0 ? c.unsigned() : previous + c.unsigned();
            previous = pos[r];
            int endAdjust = c.signed();
            ref[r] = c.string();
            alt[r] = c.string();
            id[r] = c.string();
            end[r] = pos[r] + ref[r].length() - 1 + endAdjust;
            int siteLength = c.unsigned();
            if (siteLength > 0) {
                site[r] = c.slice(siteLength - 1);
                currentSite = r;
            } else if (r == 0) {
                throw new StoreCorruptedException(file, "block " + index + " starts without a site entry");
            }
            siteRow[r] = currentSite;
            int extraLength = c.unsigned();
            if (extraLength > 0) {
                extra[r] = c.slice(extraLength);
            }
        }
    }

    /** Genotype planes: per row, {@code width} words of code bit 0, then {@code width} of code bit 1. */
    long[] planes() {
        long[] p = planes;
        if (p == null) {
            synchronized (this) {
                p = planes;
                if (p == null) {
                    p = decodePlanes();
                    planes = p;
                }
            }
        }
        return p;
    }

    private long[] decodePlanes() {
        long[] p = new long[rows * 2 * width];
        decode(p, rows, rows, null);
        return p;
    }

    /** Receives each decoded row's planes: {@code width} words of code bit 0 at {@code base}, then bit 1. */
    @FunctionalInterface
    interface RowPlanes {
        void row(int row, long[] planes, int base);
    }

    /**
     * Decodes rows {@code [0, upTo)} into {@code target}, row r in slot {@code r % slots}; {@code slots} must exceed
     * {@link SegmentFormat#MAX_REFERENCE_DISTANCE} unless it holds the whole block.
     */
    void decode(long[] target, int slots, int upTo, RowPlanes listener) {
        long[] p = target;
        int planeWords = 2 * width;
        int samples = 64 * width;
        int[] flips = SegmentFormat.flips(alphabet);
        boolean oneFlip = flips.length == 1;
        int[] flipOf = {flips[0], flips.length > 1 ? flips[1] : 0, flips.length > 2 ? flips[2] : 0, 0};
        BitReader in = new BitReader(genotypeBytes, 0, genotypeBytes.length);
        for (int r = 0; r < upTo; r++) {
            int distance = in.gamma() - 1;
            int changes = in.gamma() - 1;
            if (distance < 0 || distance > r || changes < 0 || changes > samples) {
                throw damaged(r);
            }
            int base = (r % slots) * planeWords;
            if (distance > 0) {
                System.arraycopy(p, ((r - distance) % slots) * planeWords, p, base, planeWords);
            } else {
                java.util.Arrays.fill(p, base, base + planeWords, 0L);
            }
            int rice = SegmentFormat.riceParameter(changes, width);
            int sample = -1;
            for (int i = 0; i < changes; i++) {
                int flip;
                if (oneFlip) {
                    sample += in.rice(rice) + 1;
                    flip = flipOf[0];
                } else {
                    int read = in.riceThenPrefix(rice);
                    sample += (read >>> 2) + 1;
                    flip = flipOf[read & 3];
                }
                if (sample >= samples) {
                    throw damaged(r);
                }
                long bit = 1L << sample;
                int word = base + (sample >>> 6);
                p[word] ^= -(long) (flip & 1) & bit;
                p[word + width] ^= -(long) (flip >>> 1) & bit;
            }
            if (in.overrun()) {
                throw damaged(r);
            }
            if (listener != null) {
                listener.row(r, p, base);
            }
        }
    }

    private StoreCorruptedException damaged(int row) {
        return new StoreCorruptedException(file, "genotypes of block " + index + " are damaged at variant " + row);
    }

    /** Reads the varints the writer's metadata holds. */
    private final class Cursor {
        private final byte[] m;
        private int at;

        Cursor(byte[] m) {
            this.m = m;
        }

        int unsigned() {
            int v = 0;
            int shift = 0;
            while (true) {
                if (at >= m.length || shift > 28) {
                    throw new StoreCorruptedException(file, "block " + index + " metadata is damaged");
                }
                int b = m[at++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int signed() {
            int v = unsigned();
            return (v >>> 1) ^ -(v & 1);
        }

        String string() {
            int n = unsigned();
            check(n);
            String s = n == 1 && m[at] >= 0 ? ONE_CHARACTER[m[at]] : new String(m, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        ByteBuffer slice(int n) {
            check(n);
            ByteBuffer b = ByteBuffer.wrap(m, at, n).slice().order(ByteOrder.LITTLE_ENDIAN);
            at += n;
            return b;
        }

        private void check(int n) {
            if (n < 0 || at + n > m.length) {
                throw new StoreCorruptedException(file, "block " + index + " metadata is damaged");
            }
        }
    }
}
