package org.genobay.variants;

/**
 * A 1-based, inclusive genomic interval as written in VCF and by bcftools: {@code 22:16050000-16060000}, {@code chr22}
 * (the whole contig) or {@code 22:16050075} (one position).
 */
public record Region(String contig, int start, int end) {
    public Region {
        if (contig == null || contig.isBlank()) {
            throw new InvalidQueryException("region has no contig");
        }
        if (start < 1) {
            throw new InvalidQueryException("region " + contig + ":" + start + "-" + end + " starts before position 1");
        }
        if (end < start) {
            throw new InvalidQueryException("region " + contig + ":" + start + "-" + end + " ends before it starts");
        }
    }

    public static Region wholeContig(String contig) {
        return new Region(contig, 1, Integer.MAX_VALUE);
    }

    /** Parses {@code CHROM}, {@code CHROM:POS} or {@code CHROM:START-END}; thousands separators are allowed. */
    public static Region parse(String text) {
        String t = text.strip();
        int colon = t.lastIndexOf(':');
        if (colon < 0) {
            return wholeContig(t);
        }
        String contig = t.substring(0, colon);
        String range = t.substring(colon + 1).replace(",", "");
        int dash = range.indexOf('-');
        try {
            if (dash < 0) {
                int pos = Integer.parseInt(range);
                return new Region(contig, pos, pos);
            }
            int start = Integer.parseInt(range.substring(0, dash));
            int end = dash == range.length() - 1 ? Integer.MAX_VALUE : Integer.parseInt(range.substring(dash + 1));
            return new Region(contig, start, end);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("region '" + text + "' is not CHROM, CHROM:POS or CHROM:START-END");
        }
    }

    public boolean overlaps(int variantStart, int variantEnd) {
        return variantStart <= end && variantEnd >= start;
    }

    @Override
    public String toString() {
        return end == Integer.MAX_VALUE ? contig + ":" + start + "-" : contig + ":" + start + "-" + end;
    }
}
