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

    /** Alleles of a {@link SegmentFormat#META_SNV} pair by index. */
    private static final String[] BASES = {
        ONE_CHARACTER['A'], ONE_CHARACTER['C'], ONE_CHARACTER['G'], ONE_CHARACTER['T']
    };

    /** An entry with no tags; read with absolute gets only, so one buffer serves every block and thread. */
    private static final ByteBuffer EMPTY_ENTRY =
            ByteBuffer.wrap(new byte[] {SegmentFormat.END_OF_ENTRY}).asReadOnlyBuffer();

    /** zlib state is costly to set up (about 40 KiB) and a scan inflates a block per 1,024 variants. */
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(Inflater::new);

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
    /** The dense rows' difference words, 2 × width per dense row, in row order. */
    private final long[] denseWords;

    private final int alphabet;
    private volatile long[] planes;

    private Block(
            String file,
            int index,
            int firstRow,
            int rows,
            int width,
            int alphabet,
            byte[] genotypeBytes,
            long[] denseWords) {
        this.denseWords = denseWords;
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
            int alphabet = b.get(8) & 0xFF;
            boolean deflated = (alphabet & SegmentFormat.METADATA_DEFLATED) != 0;
            alphabet &= ~SegmentFormat.METADATA_DEFLATED;
            int metaLength = b.getInt(9);
            int packedLength = b.getInt(13);
            int genotypeLength = b.getInt(17);
            int denseRows = b.getInt(21);
            if (rows <= 0
                    || width <= 0
                    || metaLength < 0
                    || denseRows < 0
                    || denseRows > rows
                    || (!deflated && packedLength != metaLength)
                    || SegmentFormat.BLOCK_HEADER_BYTES + (long) packedLength + genotypeLength + 16L * denseRows * width
                            != length) {
                throw new StoreCorruptedException(file, "block " + index + " has a damaged header");
            }
            ByteBuffer packed = b.slice(SegmentFormat.BLOCK_HEADER_BYTES, packedLength);
            byte[] genotypes = new byte[genotypeLength + Long.BYTES]; // padding for BitReader's peeks
            b.get(SegmentFormat.BLOCK_HEADER_BYTES + packedLength, genotypes, 0, genotypeLength);
            long[] dense = new long[2 * width * denseRows];
            b.position(SegmentFormat.BLOCK_HEADER_BYTES + packedLength + genotypeLength)
                    .asLongBuffer()
                    .get(dense);
            Block block = new Block(file, index, firstRow, rows, width, alphabet, genotypes, dense);
            byte[] meta;
            if (deflated) {
                meta = inflate(file, index, packed, metaLength);
            } else {
                meta = new byte[metaLength];
                packed.get(0, meta);
            }
            block.readMetadata(meta);
            return block;
        } catch (IndexOutOfBoundsException e) {
            throw new StoreCorruptedException(file, "block " + index + " is cut short");
        }
    }

    private static byte[] inflate(String file, int index, ByteBuffer packed, int length) {
        Inflater inflater = INFLATER.get();
        inflater.reset();
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
            inflater.reset(); // drops its reference to the mapped input
        }
    }

    private void readMetadata(byte[] m) {
        Cursor c = new Cursor(m);
        int previous = 0;
        int currentSite = 0;
        int flags = -1;
        for (int r = 0; r < rows; r++) {
            long step = c.unsignedLong();
            long at = r == 0 ? step >>> 1 : previous + (step >>> 1);
            if (at > Integer.MAX_VALUE) {
                throw new StoreCorruptedException(file, "block " + index + " metadata is damaged");
            }
            pos[r] = (int) at;
            previous = pos[r];
            if ((step & 1) != 0) {
                flags = c.octet();
            } else if (r == 0) {
                throw new StoreCorruptedException(file, "block " + index + " metadata is damaged");
            }
            if ((flags & SegmentFormat.META_SNV) != 0) {
                int snv = c.octet();
                if (snv > 15) {
                    throw new StoreCorruptedException(file, "block " + index + " metadata is damaged");
                }
                ref[r] = BASES[snv >>> 2];
                alt[r] = BASES[snv & 3];
            } else {
                ref[r] = c.string();
                alt[r] = c.string();
            }
            id[r] = (flags & SegmentFormat.META_NO_ID) != 0 ? ONE_CHARACTER['.'] : c.string();
            int endAdjust = (flags & SegmentFormat.META_PLAIN_END) != 0 ? 0 : c.signed();
            end[r] = pos[r] + ref[r].length() - 1 + endAdjust;
            int siteCode = flags & SegmentFormat.META_SITE_MASK;
            if (siteCode == SegmentFormat.META_SITE_SAME) {
                if (r == 0) {
                    throw new StoreCorruptedException(file, "block " + index + " starts without a site entry");
                }
            } else {
                site[r] = siteCode == SegmentFormat.META_SITE_EMPTY ? EMPTY_ENTRY : c.slice(c.unsigned());
                currentSite = r;
            }
            siteRow[r] = currentSite;
            if ((flags & SegmentFormat.META_EXTRA) != 0) {
                extra[r] = c.slice(c.unsigned());
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
        decodeAll(p);
        return p;
    }

    /** Decodes every row into {@code p}, row r at {@code r * 2 * width}. */
    private void decodeAll(long[] p) {
        new RowDecoder(p, rows, null, null).run(rows);
    }

    /**
     * Counts the cohort's samples of each code in rows {@code [0, upTo)}: {@code counts[3r]} het, {@code [3r + 1]}
     * hom, {@code [3r + 2]} hemi. Rows are decoded into {@code ring} (row r in slot {@code r % slots}; {@code slots}
     * must exceed {@link SegmentFormat#MAX_REFERENCE_DISTANCE} or be at least {@code upTo}) only when a later row is
     * coded against them; the others are counted from their changes.
     */
    void count(long[] ring, int slots, int upTo, long[] cohort, int[] counts) {
        new RowDecoder(ring, slots, cohort, counts).run(upTo);
    }

    /**
     * Where each code's count sits in a packed long: het, hom and hemi in 21-bit fields (a dataset has at most {@link
     * SegmentFormat#MAX_SAMPLES}); code 0 is not counted, its updates only flip bit 63, which is masked off.
     */
    private static final int[] CLASS_SHIFT = {63, 0, 21, 42};

    private static final long CLASS_MASK = (1L << 21) - 1;

    /** One pass over the genotype bits; with a cohort it counts, without it decodes every row. */
    private final class RowDecoder {
        private final long[] p;
        private final int slots;
        private final long[] cohort;
        private final int[] counts;
        private final boolean[] kept;

        RowDecoder(long[] p, int slots, long[] cohort, int[] counts) {
            this.p = p;
            this.slots = slots;
            this.cohort = cohort;
            this.counts = counts;
            this.kept = new boolean[rows];
        }

        void run(int upTo) {
            int planeWords = 2 * width;
            int samples = 64 * width;
            int[] flips = SegmentFormat.flips(alphabet);
            boolean oneFlip = flips.length == 1;
            int[] flipOf = {flips[0], flips.length > 1 ? flips[1] : 0, flips.length > 2 ? flips[2] : 0, 0};
            BitReader in = BitReader.ofPadded(genotypeBytes, genotypeBytes.length - Long.BYTES);
            int denseMarker = SegmentFormat.denseMarker(width);
            boolean counting = cohort != null;
            int cohortWords = counting ? Math.min(width, cohort.length) : 0;
            int dense = 0;
            // a division per row showed in profiles; most rows have few changes
            int[] riceByChanges = new int[64];
            for (int c = 0; c < riceByChanges.length; c++) {
                riceByChanges[c] = SegmentFormat.riceParameter(c, width);
            }
            for (int r = 0; r < upTo; r++) {
                int distance = in.gamma() - 1;
                boolean keep = in.bit() || !counting;
                int changes = in.gamma() - 1;
                if (distance < 0
                        || distance > r
                        || (distance > 0 && !kept[r - distance])
                        || changes < 0
                        || (changes > samples && changes != denseMarker)) {
                    throw damaged(r);
                }
                kept[r] = keep;
                int base = (r % slots) * planeWords;
                int old = ((r - distance) % slots) * planeWords;
                if (changes == denseMarker) {
                    if ((dense + 1) * planeWords > denseWords.length || in.overrun()) {
                        throw damaged(r);
                    }
                    int from = dense++ * planeWords;
                    for (int k = 0; k < planeWords; k++) {
                        p[base + k] = (distance == 0 ? 0 : p[old + k]) ^ denseWords[from + k];
                    }
                    if (counting) {
                        popcounts(base, cohortWords, r);
                    }
                    continue;
                }
                // het, hom and hemi counts packed in one long (see CLASS_SHIFT), so that a change updates a register
                long packed = 0;
                if (counting && distance > 0) {
                    int ref = 3 * (r - distance);
                    packed = counts[ref] | (long) counts[ref + 1] << 21 | (long) counts[ref + 2] << 42;
                }
                if (keep) {
                    if (distance > 0) {
                        System.arraycopy(p, old, p, base, planeWords);
                    } else {
                        java.util.Arrays.fill(p, base, base + planeWords, 0L);
                    }
                }
                int rice = changes < riceByChanges.length
                        ? riceByChanges[changes]
                        : SegmentFormat.riceParameter(changes, width);
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
                    int word = sample >>> 6;
                    long bit = 1L << sample;
                    if (counting) {
                        int was = distance == 0
                                ? 0
                                : (int) ((p[old + word] >>> sample) & 1)
                                        | (int) ((p[old + width + word] >>> sample) & 1) << 1;
                        long m = word < cohortWords ? (cohort[word] >>> sample) & 1 : 0;
                        packed += (m << CLASS_SHIFT[was ^ flip]) - (m << CLASS_SHIFT[was]);
                    }
                    if (keep) {
                        p[base + word] ^= -(long) (flip & 1) & bit;
                        p[base + width + word] ^= -(long) (flip >>> 1) & bit;
                    }
                }
                if (in.overrun()) {
                    throw damaged(r);
                }
                if (counting) {
                    counts[3 * r] = (int) (packed & CLASS_MASK);
                    counts[3 * r + 1] = (int) ((packed >>> 21) & CLASS_MASK);
                    counts[3 * r + 2] = (int) ((packed >>> 42) & CLASS_MASK);
                }
            }
        }

        private void popcounts(int base, int cohortWords, int r) {
            int het = 0;
            int hom = 0;
            int hemi = 0;
            for (int k = 0; k < cohortWords; k++) {
                long l = p[base + k];
                long h = p[base + width + k];
                long m = cohort[k];
                het += Long.bitCount(l & ~h & m);
                hom += Long.bitCount(h & ~l & m);
                hemi += Long.bitCount(l & h & m);
            }
            counts[3 * r] = het;
            counts[3 * r + 1] = hom;
            counts[3 * r + 2] = hemi;
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

        long unsignedLong() {
            long v = 0;
            int shift = 0;
            while (true) {
                if (at >= m.length || shift > 56) {
                    throw new StoreCorruptedException(file, "block " + index + " metadata is damaged");
                }
                int b = m[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int octet() {
            if (at >= m.length) {
                throw new StoreCorruptedException(file, "block " + index + " metadata is damaged");
            }
            return m[at++] & 0xFF;
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
            if (n == 1 && m[at] == SegmentFormat.END_OF_ENTRY) { // most sites: nobody missing or absent
                at++;
                return EMPTY_ENTRY;
            }
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
