package org.genobay.variants.segment;

/**
 * Layout of a segment file (little-endian), version 2.
 *
 * <pre>
 * header (HEADER_BYTES): magic, version, variantCount, minPos, maxPos, maxSpan, blockCount,
 *                        blockIndexOffset (long), fileEnd (long)
 * blocks:  one after another, each decodable on its own (see below)
 * index:   per block BLOCK_INDEX_BYTES: firstPos, lastPos, rows, byteLength (ints), offset (long)
 * </pre>
 *
 * <p>A block holds up to {@link #MAX_BLOCK_ROWS} consecutive variants: a small header (rows, width in 64-bit words of
 * the sample planes, the alphabet of genotype codes used, the raw and deflated sizes of the metadata, the size of the
 * genotype bits), the metadata deflated, then the genotype bits.
 *
 * <p>Metadata, per variant, as unsigned LEB128 varints: POS minus the previous POS (the first absolute), END minus
 * (POS + |REF| − 1) zig-zagged, REF, ALT and ID as length + UTF-8 bytes, the site entry (0: same as the previous
 * variant's; otherwise 1 + length, then the entry), and the extra entry (length, then the entry; 0: none).
 *
 * <p>A site entry (shared by the alternate alleles of one record, and by consecutive records with the same calls) is a
 * list of (tag, serialized Roaring bitmap) ended by tag 0: {@link #SITE_MISSING} samples with a missing allele, {@link
 * #SITE_ABSENT} samples whose input lacks the site, {@code SITE_CALLED_BASE + k} samples with k ≠ 2 called alleles.
 * The extra entry lists {@code ALLELE_COPIES_BASE + c} for samples of ploidy above two holding c copies.
 *
 * <p>Genotypes: each sample has a code per variant: 0 no copy of the allele, {@link #ALLELE_HET}, {@link #ALLELE_HOM},
 * {@link #ALLELE_HEMI}. A variant's codes are written as the difference from an earlier variant of the block (chosen
 * by the writer as the one with the fewest differing samples; neighbouring variants in linkage disequilibrium share
 * most of their carriers) or from all-zero: gamma(distance + 1) (distance 0: all-zero), gamma(changes + 1), then per
 * changed sample the Rice-coded gap from the previous changed sample (parameter from the number of changes and the
 * width) and how its code changes (old XOR new, see {@link #flips}), so that decoding never needs the old code. Decoded, a block is two bit planes per variant (code bit 0 and bit 1), so a cohort count
 * is an AND and a popcount per 64 samples.
 */
public final class SegmentFormat {
    private SegmentFormat() {}

    public static final long MAGIC = 0x313047455359424CL; // "LBYSEG01" read little-endian: checked as a long
    public static final int VERSION = 2;
    public static final int HEADER_BYTES = 64;
    public static final int BLOCK_INDEX_BYTES = 24;
    public static final int BLOCK_HEADER_BYTES = 21;

    /** At most this many variants per block: bounds the rows a query decodes to reach one variant. */
    public static final int MAX_BLOCK_ROWS = 1024;
    /** A decoded block's sample planes stay under this many bytes, so wide cohorts get shorter blocks. */
    public static final int MAX_BLOCK_PLANE_BYTES = 2 << 20;
    /** How far back a variant may name the variant it is coded against. */
    public static final int MAX_REFERENCE_DISTANCE = 255;

    public static final int END_OF_ENTRY = 0;
    public static final int SITE_MISSING = 1;
    public static final int SITE_ABSENT = 2;
    public static final int SITE_CALLED_BASE = 16;
    public static final int ALLELE_HET = 1;
    public static final int ALLELE_HOM = 2;
    public static final int ALLELE_HEMI = 3;
    public static final int ALLELE_COPIES_BASE = 16;
    /** Highest ploidy (and so copy count) a tag can carry. */
    public static final int MAX_PLOIDY = 255 - SITE_CALLED_BASE;

    /** A segment is closed before its blocks reach this size, so that int lengths and one mapping suffice. */
    public static final long MAX_HEAP_BYTES = 1L << 30;

    /** Rows of a block whose sample planes are {@code width} words wide. */
    static int blockRows(int width) {
        return Math.max(16, Math.min(MAX_BLOCK_ROWS, MAX_BLOCK_PLANE_BYTES / (16 * Math.max(1, width))));
    }

    /**
     * The code flips (old code XOR new code) a block can hold, most frequent first: written as nothing when there is
     * one, else as {@code 0}, {@code 10}, {@code 11} for the first, second, third.
     */
    static int[] flips(int alphabet) {
        int a = alphabet & 0xE;
        return switch (Integer.bitCount(a)) {
            case 0 -> new int[] {1};
            case 1 -> new int[] {Integer.numberOfTrailingZeros(a)};
            case 2 -> {
                int first = Integer.numberOfTrailingZeros(a);
                int second = 31 - Integer.numberOfLeadingZeros(a);
                yield new int[] {first, second, first ^ second};
            }
            default -> new int[] {1, 2, 3};
        };
    }

    /** Rice parameter for {@code changes} gaps spread over {@code width * 64} samples. */
    static int riceParameter(int changes, int width) {
        long meanGap = (64L * width) / (changes + 1L);
        long scaled = meanGap * 69 / 100;
        return scaled <= 1 ? 0 : 63 - Long.numberOfLeadingZeros(scaled);
    }
}
