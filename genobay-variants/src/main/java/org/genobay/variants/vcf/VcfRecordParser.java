package org.genobay.variants.vcf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses VCF data lines into {@link ParsedSite}s. One instance per chunk and thread. The genotype loop compares eight
 * bytes at a time against {@code 0|0\t0|0\t}, since most calls in a cohort are homozygous reference.
 */
final class VcfRecordParser {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long REF_PAIR_PHASED = pattern("0|0\t0|0\t");
    private static final long REF_PAIR_UNPHASED = pattern("0/0\t0/0\t");

    private final int[] columnToSample;
    private final List<String> sampleNames;
    private final int samples;
    private final GenotypeAccumulator acc;
    private final int[] alleleBuffer = new int[org.genobay.variants.segment.SegmentFormat.MAX_PLOIDY + 1];
    private byte[] buf;
    private int lineNo;
    private String lastContig = "";
    private byte[] lastContigBytes = new byte[0];
    /** The current record has ALT '.' yet a GT names an alternate allele: nothing is stored for it. */
    private boolean callsWithoutAlt;

    VcfRecordParser(List<String> sampleNames, int[] columnToSample, GenotypeAccumulator acc) {
        this.sampleNames = sampleNames;
        this.columnToSample = columnToSample;
        this.samples = columnToSample.length;
        this.acc = acc;
    }

    private static long pattern(String s) {
        return (long) LONGS.get(s.getBytes(StandardCharsets.US_ASCII), 0);
    }

    /** Parses every line of data[from, length); each line ends with '\n' except possibly the last. */
    ParsedBatch parse(byte[] data, int from, int length) {
        buf = data;
        List<ParsedSite> sites = new ArrayList<>();
        long genotypes = 0;
        int p = from;
        lineNo = 0;
        while (p < length) {
            int nl = nextNewline(data, p, length);
            int lineEnd = nl < 0 ? length : nl;
            lineNo++;
            int contentEnd = lineEnd > p && data[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (contentEnd == p) {
                throw error("line", "empty line");
            }
            if (data[p] == '#') {
                throw error("line", "header line after the #CHROM line");
            }
            sites.add(parseLine(p, contentEnd));
            genotypes += samples;
            p = lineEnd + 1;
        }
        return new ParsedBatch(sites, lineNo, genotypes);
    }

    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Eight bytes per step: lines of a large cohort are tens of kilobytes, and this scan touches each byte. */
    private static int nextNewline(byte[] a, int from, int to) {
        int i = from;
        while (i + 8 <= to) {
            long x = (long) LONGS.get(a, i) ^ NEWLINES;
            long found = (x - LOW_BITS) & ~x & HIGH_BITS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += 8;
        }
        for (; i < to; i++) {
            if (a[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private ParsedSite parseLine(int start, int end) {
        int[] tabs = new int[9];
        int nTabs = 0;
        int p = start;
        while (nTabs < 9 && p < end) {
            if (buf[p] == '\t') {
                tabs[nTabs++] = p;
            }
            p++;
        }
        boolean hasSamples = samples > 0;
        if (nTabs < 7) {
            throw error("line", "a data line needs at least 8 tab-separated columns, found " + (nTabs + 1));
        }
        if (hasSamples && nTabs < 9) {
            throw error(
                    "FORMAT",
                    "the header names " + samples + " samples but the line has "
                            + (nTabs < 8 ? "no FORMAT column" : "no sample columns"));
        }
        String contig = contig(start, tabs[0]);
        int pos = parsePos(tabs[0] + 1, tabs[1]);
        String id = text(tabs[1] + 1, tabs[2]);
        checkId(id);
        String ref = text(tabs[2] + 1, tabs[3]);
        checkRef(ref);
        List<String> alts = parseAlts(tabs[3] + 1, tabs[4]);
        int infoEnd = nTabs >= 8 ? tabs[7] : end;
        int endPos = infoEnd(tabs[6] + 1, infoEnd, pos, ref);

        acc.start(alts.size());
        callsWithoutAlt = false;
        if (hasSamples) {
            int formatEnd = tabs[8];
            int formatStart = tabs[7] + 1;
            int gt = gtPosition(formatStart, formatEnd);
            if (gt < 0) {
                noGenotypes();
                checkSampleCount(formatEnd, end);
            } else {
                parseGenotypes(formatEnd + 1, end, alts.size(), formatEnd - formatStart == 2);
            }
        }
        byte[] site = acc.encodeSite();
        List<byte[]> alleleEntries = alts.isEmpty() ? List.of() : acc.encodeAlleles();
        return new ParsedSite(contig, pos, endPos, id, ref, alts, site, alleleEntries, lineNo, callsWithoutAlt);
    }

    private String contig(int from, int to) {
        int n = to - from;
        if (n == 0) {
            throw error("CHROM", "empty");
        }
        if (n == lastContigBytes.length) {
            boolean same = true;
            for (int i = 0; i < n && same; i++) {
                same = buf[from + i] == lastContigBytes[i];
            }
            if (same) {
                return lastContig;
            }
        }
        String name = text(from, to);
        String problem = ContigNames.problem(name, true);
        if (problem != null) {
            throw error("CHROM", "not a contig name: " + problem);
        }
        lastContigBytes = java.util.Arrays.copyOfRange(buf, from, to);
        lastContig = name;
        return lastContig;
    }

    private int parsePos(int from, int to) {
        if (from == to) {
            throw error("POS", "empty");
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                throw error("POS", "'" + text(from, to) + "' is not a non-negative integer");
            }
            v = v * 10 + d;
            if (v > Integer.MAX_VALUE) {
                throw error("POS", text(from, to) + " is beyond the largest supported position " + Integer.MAX_VALUE);
            }
        }
        return (int) v;
    }

    private void checkId(String id) {
        AlleleSyntax.id(id).ifPresent(problem -> {
            throw error("ID", problem);
        });
    }

    private void checkRef(String ref) {
        AlleleSyntax.ref(ref).ifPresent(problem -> {
            throw error("REF", problem);
        });
    }

    private List<String> parseAlts(int from, int to) {
        String all = text(from, to);
        if (all.equals(".")) {
            return List.of();
        }
        List<String> alts = new ArrayList<>(2);
        int s = 0;
        for (int i = 0; i <= all.length(); i++) {
            if (i == all.length() || all.charAt(i) == ',') {
                String alt = all.substring(s, i);
                checkAlt(alt);
                alts.add(alt);
                s = i + 1;
            }
        }
        return List.copyOf(alts);
    }

    private void checkAlt(String alt) {
        AlleleSyntax.alt(alt).ifPresent(problem -> {
            throw error("ALT", problem);
        });
    }

    /** INFO/END when given (symbolic alleles, reference blocks), else the last base of REF. */
    private int infoEnd(int from, int to, int pos, String ref) {
        int refEnd = pos + ref.length() - 1;
        int p = from;
        while (p + 4 <= to) {
            if (buf[p] == 'E'
                    && buf[p + 1] == 'N'
                    && buf[p + 2] == 'D'
                    && buf[p + 3] == '='
                    && (p == from || buf[p - 1] == ';')) {
                int q = p + 4;
                int e = q;
                while (e < to && buf[e] != ';') {
                    e++;
                }
                String v = text(q, e);
                try {
                    int end = Integer.parseInt(v);
                    if (end < pos) {
                        throw error("INFO/END", "END=" + end + " is before POS " + pos);
                    }
                    return end;
                } catch (NumberFormatException ex) {
                    throw error("INFO/END", "'" + v + "' is not an integer");
                }
            }
            while (p < to && buf[p] != ';') {
                p++;
            }
            p++;
        }
        return refEnd;
    }

    /** 0 when FORMAT starts with GT, -1 when it has no GT; anything else breaks the VCF rule that GT comes first. */
    private int gtPosition(int from, int to) {
        if (to - from >= 2 && buf[from] == 'G' && buf[from + 1] == 'T' && (to - from == 2 || buf[from + 2] == ':')) {
            return 0;
        }
        String format = text(from, to);
        for (String key : format.split(":", -1)) {
            if (key.equals("GT")) {
                throw error("FORMAT", "GT must be the first FORMAT field, found '" + format + "'");
            }
            if (key.isEmpty()) {
                throw error("FORMAT", "'" + format + "' has an empty key");
            }
        }
        return -1;
    }

    private void noGenotypes() {
        int[] none = new int[0];
        for (int s = 0; s < samples; s++) {
            acc.general(columnToSample[s], 0, none, 0);
        }
    }

    private void checkSampleCount(int from, int end) {
        int columns = 0;
        for (int i = from; i < end; i++) {
            if (buf[i] == '\t') {
                columns++;
            }
        }
        if (columns != samples) {
            throw error("samples", "the line has " + columns + " sample columns, the header names " + samples);
        }
    }

    private void parseGenotypes(int start, int end, int altCount, boolean gtOnly) {
        int p = start;
        int s = 0;
        while (s < samples) {
            if (gtOnly) {
                while (s + 2 <= samples && p + 8 <= end) {
                    long v = (long) LONGS.get(buf, p);
                    if (v != REF_PAIR_PHASED && v != REF_PAIR_UNPHASED) {
                        break;
                    }
                    p += 8;
                    s += 2;
                }
                if (s == samples) {
                    break;
                }
            }
            if (p >= end) {
                throw error("samples", "the line has " + s + " sample columns, the header names " + samples);
            }
            p = genotype(p, end, s, altCount);
            // Skip the other FORMAT fields of this sample.
            while (p < end && buf[p] != '\t') {
                p++;
            }
            s++;
            if (s < samples) {
                if (p >= end) {
                    throw error("samples", "the line has " + s + " sample columns, the header names " + samples);
                }
                p++;
            }
        }
        if (p != end) {
            int extra = 0;
            for (int i = p; i < end; i++) {
                if (buf[i] == '\t') {
                    extra++;
                }
            }
            throw error(
                    "samples", "the line has " + (samples + extra) + " sample columns, the header names " + samples);
        }
    }

    /** Reads one GT at p; returns the index just after it. */
    private int genotype(int p, int end, int column, int altCount) {
        int sample = columnToSample[column];
        if (p + 3 <= end) {
            int b0 = buf[p] - '0';
            int b2 = buf[p + 2] - '0';
            byte b1 = buf[p + 1];
            if (b0 >= 0
                    && b0 <= 9
                    && b2 >= 0
                    && b2 <= 9
                    && (b1 == '|' || b1 == '/')
                    && (p + 3 == end || isGtEnd(buf[p + 3]))) {
                if (b0 > altCount || b2 > altCount) {
                    if (altCount == 0) {
                        // ALT '.': the record has no alternate allele to store, so its calls are not kept.
                        callsWithoutAlt = true;
                        return p + 3;
                    }
                    throw badAllele(column, Math.max(b0, b2), altCount);
                }
                if ((b0 | b2) != 0) {
                    acc.diploid(sample, b0, b2);
                }
                return p + 3;
            }
        }
        int q = p;
        if (q < end && (buf[q] == '|' || buf[q] == '/')) {
            q++; // VCF 4.4 allows a phasing mark before the first allele.
        }
        int ploidy = 0;
        int called = 0;
        while (true) {
            if (q >= end || isGtEnd(buf[q])) {
                throw error(gtField(column), "'" + text(p, fieldEnd(p, end)) + "' is not a genotype");
            }
            if (buf[q] == '.') {
                q++;
            } else {
                long v = 0;
                int from = q;
                while (q < end && buf[q] >= '0' && buf[q] <= '9') {
                    v = v * 10 + (buf[q] - '0');
                    if (v > Integer.MAX_VALUE) {
                        break;
                    }
                    q++;
                }
                if (q == from) {
                    throw error(gtField(column), "'" + text(p, fieldEnd(p, end)) + "' is not a genotype");
                }
                if (v > altCount) {
                    if (altCount != 0) {
                        throw badAllele(column, v, altCount);
                    }
                    // ALT '.': nothing is stored for the record; keep the call as reference and report the record.
                    callsWithoutAlt = true;
                    v = 0;
                }
                alleleBuffer[called++] = (int) v;
            }
            ploidy++;
            if (ploidy > org.genobay.variants.segment.SegmentFormat.MAX_PLOIDY) {
                throw error(gtField(column), "ploidy above " + org.genobay.variants.segment.SegmentFormat.MAX_PLOIDY);
            }
            if (q >= end || isGtEnd(buf[q])) {
                break;
            }
            if (buf[q] != '/' && buf[q] != '|') {
                throw error(gtField(column), "'" + text(p, fieldEnd(p, end)) + "' is not a genotype");
            }
            q++;
        }
        if (ploidy == 2 && called == 2) {
            acc.diploid(sample, alleleBuffer[0], alleleBuffer[1]);
        } else {
            acc.general(sample, ploidy, alleleBuffer, called);
        }
        return q;
    }

    private static boolean isGtEnd(byte b) {
        return b == '\t' || b == ':';
    }

    private int fieldEnd(int p, int end) {
        int q = p;
        while (q < end && !isGtEnd(buf[q])) {
            q++;
        }
        return q;
    }

    private ChunkParseException badAllele(int column, long index, int altCount) {
        return error(
                gtField(column),
                "allele index " + index + " but the record has " + altCount + " ALT allele"
                        + (altCount == 1 ? "" : "s"));
    }

    private String gtField(int column) {
        return "GT of sample " + sampleNames.get(column);
    }

    private String text(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    private ChunkParseException error(String field, String problem) {
        return new ChunkParseException(lineNo, field, problem);
    }
}
