package org.genobay.variants.segment;

/**
 * Layout of a segment file (little-endian).
 *
 * <pre>
 * header (HEADER_BYTES): magic "GBYSEG01", version, variantCount, minPos, maxPos, maxSpan,
 *                        then the offset (long) of each section in SECTION order
 * heap:    genotype entries; a variant entry points at a site entry written before it
 * pos:     int[n]      1-based POS
 * end:     int[n]      last covered reference position
 * entry:   int[n]      heap offset of each variant's entry
 * ref:     int[n+1] offsets + bytes;  alt: int[n+1] offsets + bytes;  id: int[n+1] offsets + bytes
 * </pre>
 *
 * <p>A site entry (shared by the alternate alleles of one record, and by consecutive records with the same calls) is a
 * list of (tag, bitmap) ended by tag 0: {@link #SITE_MISSING} samples with a missing allele, {@link #SITE_ABSENT}
 * samples whose input lacks the site, {@code SITE_CALLED_BASE + k} samples with k ≠ 2 called alleles. A variant entry
 * is the site entry's heap offset (int) followed by (tag, bitmap) pairs ended by 0: {@link #ALLELE_HET}, {@link
 * #ALLELE_HOM}, {@link #ALLELE_HEMI}, and {@code ALLELE_COPIES_BASE + c} for samples of ploidy above two holding c
 * copies. Empty bitmaps are not written.
 */
public final class SegmentFormat {
    private SegmentFormat() {}

    public static final long MAGIC = 0x313047455359424CL; // "LBYSEG01" read little-endian: checked as a long
    public static final int VERSION = 1;
    public static final int HEADER_BYTES = 128;

    public static final int SECTION_HEAP = 0;
    public static final int SECTION_POS = 1;
    public static final int SECTION_END = 2;
    public static final int SECTION_ENTRY = 3;
    public static final int SECTION_REF_OFFSETS = 4;
    public static final int SECTION_REF_BYTES = 5;
    public static final int SECTION_ALT_OFFSETS = 6;
    public static final int SECTION_ALT_BYTES = 7;
    public static final int SECTION_ID_OFFSETS = 8;
    public static final int SECTION_ID_BYTES = 9;
    public static final int SECTION_FILE_END = 10;
    public static final int SECTIONS = 11;
    /** Byte offset of the section table within the header. */
    public static final int SECTION_TABLE = 32;

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

    /** A segment is closed before its heap reaches this size, so that int offsets and one mapping suffice. */
    public static final long MAX_HEAP_BYTES = 1L << 30;
}
