package org.genobay.variants.segment;

/**
 * Layout of a segment file (little-endian), version 3.
 *
 * <pre>
 * header (HEADER_BYTES): magic, version, variantCount, minPos, maxPos, maxSpan, blockCount,
 *                        blockIndexOffset (long), fileEnd (long)
 * blocks:  one after another, each decodable on its own (see below)
 * index:   per block BLOCK_INDEX_BYTES: firstPos, lastPos, rows, byteLength (ints), offset (long), maxEnd (int: the
 *          highest END of its variants, so a region query skips blocks that end before it)
 * </pre>
 *
 * <p>A block holds up to {@link #MAX_BLOCK_ROWS} consecutive variants: a small header (rows, width in 64-bit words of
 * the sample planes, the alphabet of genotype codes used or'ed with {@link #METADATA_DEFLATED}, the plain and stored
 * sizes of the metadata, the size of the genotype bits, the number of dense rows), the metadata, the genotype bits,
 * then the dense rows' words.
 *
 * <p>Metadata, per variant: POS minus the previous POS (the first absolute) shifted left by one, or'ed with 1 when a
 * flags byte follows, as an unsigned LEB128 varint (without the flags byte a variant has the previous one's flags; the
 * first always has it), then what the flags do not cover. Flags: {@link #META_SNV} (REF and ALT are one of A, C, G, T
 * each: one byte {@code 4 × ref + alt} follows; otherwise REF and ALT as length + UTF-8 bytes), {@link #META_NO_ID}
 * (ID is {@code .}; otherwise length + bytes), {@link #META_PLAIN_END} (END is POS + |REF| − 1; otherwise the
 * difference, zig-zagged), the site in bits 3–4 ({@link #META_SITE_SAME} as the previous variant's, {@link
 * #META_SITE_EMPTY} an entry with no tags, {@link #META_SITE_ENTRY} length + entry follows), and {@link #META_EXTRA}
 * (length + extra entry follows). Most variants take two bytes. The metadata is deflated only when that saves a quarter
 * of it or more (IDs, long alleles): inflating took a tenth of a region query's time where it saved little.
 *
 * <p>A site entry (shared by the alternate alleles of one record, and by consecutive records with the same calls) is a
 * list of (tag, serialized Roaring bitmap) ended by tag 0: {@link #SITE_MISSING} samples with a missing allele, {@link
 * #SITE_ABSENT} samples whose input lacks the site, {@code SITE_CALLED_BASE + k} samples with k ≠ 2 called alleles.
 * The extra entry lists {@code ALLELE_COPIES_BASE + c} for samples of ploidy above two holding c copies.
 *
 * <p>Genotypes: each sample has a code per variant: 0 no copy of the allele, {@link #ALLELE_HET}, {@link #ALLELE_HOM},
 * {@link #ALLELE_HEMI}. A variant's codes are written as the difference from an earlier variant of the block (chosen
 * by the writer as the one with the fewest differing samples; neighbouring variants in linkage disequilibrium share
 * most of their carriers) or from all-zero: gamma(distance + 1) (distance 0: all-zero), one bit saying whether a later
 * variant is coded against this one (a scan keeps the planes of those only, and counts the others from their changes
 * alone), gamma(changes + 1), then per changed sample the Rice-coded gap from the previous changed sample (parameter
 * from the number of changes and the width) and how its code changes (old XOR new, see {@link #flips}), so that
 * decoding never needs the old code.
 *
 * <p>A variant whose changes would take nearly as many bits as its planes (a common variant that no earlier variant
 * predicts well) is a dense row instead: gamma(distance + 1), the bit, gamma(64 × width + 2), and its difference from
 * the earlier variant is the block's next 2 × width little-endian words of dense rows (plane 0 then plane 1, XOR). The
 * writer takes a dense row when its words take at most {@link #DENSE_ROW_TOLERANCE} times the bits of its changes: it
 * decodes with 2 × width XORs where each change costs several nanoseconds, and such rows hold most of the changes of a
 * block. On the benchmark cohort (2,504 samples × 1 M variants) 3.3% of the variants are dense rows. With the scan
 * changes of the same format version, a 10k-variant region query went from 4.7 to 1.6 ms on 2 cores, and the store
 * from 27.6 to 34.8 MB (a tolerance of 1.5 gave 29.0 MB; speed was the unmet target, see docs/benchmarks.md).
 *
 * <p>Decoded, a block is two bit planes per variant (code bit 0 and bit 1), so a cohort count is an AND and a popcount
 * per 64 samples.
 */
public final class SegmentFormat {
    private SegmentFormat() {}

    public static final long MAGIC = 0x313047455359424CL; // "LBYSEG01" read little-endian: checked as a long
    public static final int VERSION = 3;
    public static final int HEADER_BYTES = 64;
    public static final int BLOCK_INDEX_BYTES = 28;
    public static final int BLOCK_HEADER_BYTES = 25;

    /** Samples per dataset: a scan keeps each variant's het, hom and hemi counts in 21-bit fields of one long. */
    public static final int MAX_SAMPLES = 2_000_000;

    /** At most this many variants per block: bounds the rows a query decodes to reach one variant. */
    public static final int MAX_BLOCK_ROWS = 1024;
    /** A decoded block's sample planes stay under this many bytes, so wide cohorts get shorter blocks. */
    public static final int MAX_BLOCK_PLANE_BYTES = 2 << 20;
    /** How far back a variant may name the variant it is coded against. */
    public static final int MAX_REFERENCE_DISTANCE = 255;

    /** A dense row is written when its words take at most this many times the bits of its Rice-coded changes. */
    static final double DENSE_ROW_TOLERANCE = 3.0;

    /** Set in a block's alphabet byte when its metadata is deflated (only when that saves a quarter or more). */
    static final int METADATA_DEFLATED = 0x80;

    static final int META_SNV = 1;
    static final int META_NO_ID = 2;
    static final int META_PLAIN_END = 4;
    static final int META_SITE_SAME = 0;
    static final int META_SITE_EMPTY = 8;
    static final int META_SITE_ENTRY = 16;
    static final int META_SITE_MASK = 24;
    static final int META_EXTRA = 32;

    private static final String BASES = "ACGT";

    /** {@code 4 × ref + alt} for a single-base substitution between A, C, G and T; -1 for any other pair. */
    static int snvCode(String ref, String alt) {
        if (ref.length() != 1 || alt.length() != 1) {
            return -1;
        }
        int r = BASES.indexOf(ref.charAt(0));
        int a = BASES.indexOf(alt.charAt(0));
        return r < 0 || a < 0 ? -1 : 4 * r + a;
    }

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

    /** The changes count that marks a dense row: more than a block of this width can have. */
    static int denseMarker(int width) {
        return 64 * width + 1;
    }

    /** Rice parameter for {@code changes} gaps spread over {@code width * 64} samples. */
    static int riceParameter(int changes, int width) {
        long meanGap = (64L * width) / (changes + 1L);
        long scaled = meanGap * 69 / 100;
        return scaled <= 1 ? 0 : 63 - Long.numberOfLeadingZeros(scaled);
    }
}
