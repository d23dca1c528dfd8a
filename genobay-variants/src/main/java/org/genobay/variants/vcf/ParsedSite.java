package org.genobay.variants.vcf;

import java.util.List;

/**
 * One VCF record as the store keeps it: fixed columns and, per alternate allele, an encoded allele entry; the site
 * entry is shared by all its alleles. A plain class rather than a record because it carries encoded byte arrays.
 */
public final class ParsedSite {
    private final String contig;
    private final int pos;
    private final int end;
    private final String id;
    private final String ref;
    private final List<String> alts;
    private final byte[] siteEntry;
    private final List<byte[]> alleleEntries;
    private final long line;
    private final boolean callsWithoutAlt;

    public ParsedSite(
            String contig,
            int pos,
            int end,
            String id,
            String ref,
            List<String> alts,
            byte[] siteEntry,
            List<byte[]> alleleEntries,
            long line) {
        this(contig, pos, end, id, ref, alts, siteEntry, alleleEntries, line, false);
    }

    /**
     * @param callsWithoutAlt ALT is '.' (no alternate allele) yet a GT names one: the calls cannot be stored
     */
    public ParsedSite(
            String contig,
            int pos,
            int end,
            String id,
            String ref,
            List<String> alts,
            byte[] siteEntry,
            List<byte[]> alleleEntries,
            long line,
            boolean callsWithoutAlt) {
        this.contig = contig;
        this.pos = pos;
        this.end = end;
        this.id = id;
        this.ref = ref;
        this.alts = alts;
        this.siteEntry = siteEntry;
        this.alleleEntries = alleleEntries;
        this.line = line;
        this.callsWithoutAlt = callsWithoutAlt;
    }

    public String contig() {
        return contig;
    }

    public int pos() {
        return pos;
    }

    public int end() {
        return end;
    }

    public String id() {
        return id;
    }

    public String ref() {
        return ref;
    }

    public List<String> alts() {
        return alts;
    }

    public byte[] siteEntry() {
        return siteEntry;
    }

    public List<byte[]> alleleEntries() {
        return alleleEntries;
    }

    /** Line within its chunk while parsing; absolute line (or record number for BCF) once placed. */
    public long line() {
        return line;
    }

    /** ALT is '.' yet a GT names an alternate allele; nothing is stored for such a record. */
    public boolean callsWithoutAlt() {
        return callsWithoutAlt;
    }

    ParsedSite atLine(long absoluteLine) {
        return new ParsedSite(contig, pos, end, id, ref, alts, siteEntry, alleleEntries, absoluteLine, callsWithoutAlt);
    }
}
