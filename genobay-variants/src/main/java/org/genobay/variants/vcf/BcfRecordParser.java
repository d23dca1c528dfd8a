package org.genobay.variants.vcf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.genobay.variants.segment.SegmentFormat;

/**
 * Decodes BCF 2.1/2.2 records (VCF 4.3 section 6.3) into {@link ParsedSite}s with the semantics of
 * {@link VcfRecordParser}: the same checks of ID, REF, ALT and INFO/END, the same genotype classes. Only CHROM, POS,
 * ID, the alleles, INFO/END and FORMAT/GT are read; every other value is skipped by its typed length. One instance per
 * chunk of whole records and thread. Most calls of a cohort are {@code 0|0} in an int8 vector of width two, so that
 * case is tested four samples (eight bytes) at a time.
 */
final class BcfRecordParser {
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORTS =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Four int8 pairs, each allele 0 ((0 + 1) << 1), phased or not. */
    private static final long REF_PAIRS = 0x0202020202020202L;

    private static final long PHASE_BITS = 0xFEFEFEFEFEFEFEFEL;

    private static final int TYPE_MISSING = 0;
    private static final int TYPE_INT8 = 1;
    private static final int TYPE_INT16 = 2;
    private static final int TYPE_INT32 = 3;
    private static final int TYPE_FLOAT = 5;
    private static final int TYPE_CHAR = 7;

    private final List<String> contigs;
    private final int endKey;
    private final int gtKey;
    private final List<String> sampleNames;
    private final int[] columnToSample;
    private final int samples;
    private final GenotypeAccumulator acc;
    private final int[] alleleBuffer = new int[SegmentFormat.MAX_PLOIDY + 1];
    private byte[] buf;
    /** Read position, and the end of the part (shared or individual) being read. */
    private int p;

    private int limit;
    private int record;
    /** Count and element type of the typed value whose descriptor was read last. */
    private int count;

    private int type;

    /**
     * @param contigs contig names by dictionary number (null where no contig line has the number)
     * @param endKey dictionary number of INFO/END, or -1 when the header declares none
     * @param gtKey dictionary number of FORMAT/GT, or -1 when the header declares none
     */
    BcfRecordParser(
            List<String> contigs,
            int endKey,
            int gtKey,
            List<String> sampleNames,
            int[] columnToSample,
            GenotypeAccumulator acc) {
        this.contigs = contigs;
        this.endKey = endKey;
        this.gtKey = gtKey;
        this.sampleNames = sampleNames;
        this.columnToSample = columnToSample;
        this.samples = columnToSample.length;
        this.acc = acc;
    }

    /** Parses the whole records in data[from, to); their framing was checked when the chunk was cut. */
    ParsedBatch parse(byte[] data, int from, int to) {
        buf = data;
        List<ParsedSite> sites = new ArrayList<>();
        record = 0;
        int at = from;
        while (at < to) {
            record++;
            int shared = (int) INTS.get(buf, at);
            int indiv = (int) INTS.get(buf, at + 4);
            int sharedStart = at + 8;
            int indivStart = sharedStart + shared;
            sites.add(parseRecord(sharedStart, indivStart, indivStart + indiv));
            at = indivStart + indiv;
        }
        return new ParsedBatch(sites, record, (long) record * samples);
    }

    private ParsedSite parseRecord(int sharedStart, int indivStart, int indivEnd) {
        p = sharedStart;
        limit = indivStart;
        need(24, "the shared part");
        int chrom = int32();
        int pos0 = int32();
        p += 8; // rlen, QUAL
        int alleleInfo = int32();
        int fmtSample = int32();
        int nInfo = alleleInfo & 0xFFFF;
        int nAllele = alleleInfo >>> 16;
        int nSample = fmtSample & 0xFFFFFF;
        int nFmt = fmtSample >>> 24;
        if (chrom < 0 || chrom >= contigs.size() || contigs.get(chrom) == null) {
            throw error("CHROM", "contig number " + chrom + " is not in the header's contig dictionary");
        }
        String contig = contigs.get(chrom);
        if (pos0 < -1 || pos0 == Integer.MAX_VALUE) {
            throw error("POS", "0-based position " + pos0 + " is out of range");
        }
        int pos = pos0 + 1;
        String id = string("ID");
        if (id.isEmpty()) {
            id = ".";
        }
        AlleleSyntax.id(id).ifPresent(problem -> {
            throw error("ID", problem);
        });
        if (nAllele == 0) {
            throw error("REF", "empty");
        }
        String ref = string("REF");
        AlleleSyntax.ref(ref).ifPresent(problem -> {
            throw error("REF", problem);
        });
        List<String> alts = new ArrayList<>(nAllele - 1);
        for (int a = 1; a < nAllele; a++) {
            String alt = string("ALT");
            AlleleSyntax.alt(alt).ifPresent(problem -> {
                throw error("ALT", problem);
            });
            alts.add(alt);
        }
        skipTyped("FILTER");
        int end = pos + ref.length() - 1;
        for (int i = 0; i < nInfo; i++) {
            int key = typedInt("INFO key");
            if (endKey >= 0 && key == endKey) {
                end = infoEnd(pos);
            } else {
                skipTyped("INFO");
            }
        }
        acc.start(alts.size());
        if (samples > 0) {
            if (nSample != samples) {
                throw error("samples", "the record has " + nSample + " samples, the header names " + samples);
            }
            p = indivStart;
            limit = indivEnd;
            genotypes(nFmt, alts.size());
        }
        byte[] site = acc.encodeSite();
        List<byte[]> alleleEntries = alts.isEmpty() ? List.of() : acc.encodeAlleles();
        return new ParsedSite(contig, pos, end, id, ref, List.copyOf(alts), site, alleleEntries, record);
    }

    /** INFO/END: one integer not before POS (or its text, where the header declares END as a string). */
    private int infoEnd(int pos) {
        descriptor("INFO/END");
        long end;
        if (type == TYPE_CHAR) {
            String v = chars(count);
            try {
                end = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error("INFO/END", "'" + v + "' is not an integer");
            }
        } else if (count == 1 && (type == TYPE_INT8 || type == TYPE_INT16 || type == TYPE_INT32)) {
            int v = intValue(type);
            if (v == missing(type)) {
                throw error("INFO/END", "'.' is not an integer");
            }
            end = v;
        } else {
            throw error("INFO/END", "not one integer (" + count + " values of BCF type " + type + ")");
        }
        if (end < pos) {
            throw error("INFO/END", "END=" + end + " is before POS " + pos);
        }
        return (int) end;
    }

    private void genotypes(int nFmt, int altCount) {
        for (int f = 0; f < nFmt; f++) {
            int key = typedInt("FORMAT key");
            descriptor("FORMAT");
            long bytes = (long) count * size(type) * samples;
            if (gtKey < 0 || key != gtKey) {
                skip(bytes, "FORMAT");
                continue;
            }
            if (f != 0) {
                throw error("FORMAT", "GT must be the first FORMAT field, found it at position " + (f + 1));
            }
            if (type != TYPE_INT8 && type != TYPE_INT16 && type != TYPE_INT32) {
                throw error("FORMAT/GT", "GT is encoded as BCF type " + type + ", not as integers");
            }
            need(bytes, "FORMAT/GT");
            if (type == TYPE_INT8 && count == 2) {
                diploidInt8(altCount);
            } else {
                for (int s = 0; s < samples; s++) {
                    genotype(s, p + s * count * size(type), altCount);
                }
            }
            p += (int) bytes;
            return;
        }
        int[] none = new int[0];
        for (int s = 0; s < samples; s++) {
            acc.general(columnToSample[s], 0, none, 0);
        }
    }

    private void diploidInt8(int altCount) {
        int s = 0;
        int base = p;
        while (s < samples) {
            while (s + 4 <= samples && (((long) LONGS.get(buf, base + 2 * s)) & PHASE_BITS) == REF_PAIRS) {
                s += 4;
            }
            if (s == samples) {
                return;
            }
            int at = base + 2 * s;
            int v0 = buf[at];
            int v1 = buf[at + 1];
            if (v0 >= 2 && v1 >= 2) {
                int a0 = (v0 >> 1) - 1;
                int a1 = (v1 >> 1) - 1;
                if (a0 > altCount || a1 > altCount) {
                    throw badAllele(s, Math.max(a0, a1), altCount);
                }
                if ((a0 | a1) != 0) {
                    acc.diploid(columnToSample[s], a0, a1);
                }
            } else {
                genotype(s, at, altCount);
            }
            s++;
        }
    }

    /** One sample's GT vector at {@code at}: the values up to the first vector end are its ploidy. */
    private void genotype(int column, int at, int altCount) {
        int size = size(type);
        int end = missing(type) + 1;
        int ploidy = 0;
        int called = 0;
        for (int i = 0; i < count; i++) {
            int v = size == 1
                    ? buf[at + i]
                    : size == 2 ? (short) SHORTS.get(buf, at + 2 * i) : (int) INTS.get(buf, at + 4 * i);
            if (v == end) {
                break;
            }
            ploidy++;
            if (ploidy > SegmentFormat.MAX_PLOIDY) {
                throw error(gtField(column), "ploidy above " + SegmentFormat.MAX_PLOIDY);
            }
            if (v == end - 1 || v == 0 || v == 1) {
                continue; // missing allele
            }
            if (v < 0) {
                throw error(gtField(column), "value " + v + " is not an allele (BCF type " + type + ")");
            }
            int allele = (v >> 1) - 1;
            if (allele > altCount) {
                throw badAllele(column, allele, altCount);
            }
            alleleBuffer[called++] = allele;
        }
        if (ploidy == 0) {
            ploidy = 1; // an empty vector is written out as "."
        }
        if (ploidy == 2 && called == 2) {
            acc.diploid(columnToSample[column], alleleBuffer[0], alleleBuffer[1]);
        } else {
            acc.general(columnToSample[column], ploidy, alleleBuffer, called);
        }
    }

    // --- typed values ----------------------------------------------------------------------------------------------

    /** Reads a type descriptor (and an overflow count) into {@link #type} and {@link #count}. */
    private void descriptor(String field) {
        need(1, field);
        int d = buf[p++] & 0xFF;
        type = d & 0x0F;
        count = d >>> 4;
        size(type);
        if (count == 15) {
            int t = type;
            int n = typedInt(field + " length");
            if (n < 0) {
                throw error(field, "negative vector length " + n);
            }
            type = t;
            count = n;
        }
    }

    private int typedInt(String field) {
        descriptor(field);
        if (count != 1 || (type != TYPE_INT8 && type != TYPE_INT16 && type != TYPE_INT32)) {
            throw error(field, "expected one integer, found " + count + " values of BCF type " + type);
        }
        return intValue(type);
    }

    private int intValue(int t) {
        need(size(t), "integer");
        int v =
                switch (t) {
                    case TYPE_INT8 -> buf[p];
                    case TYPE_INT16 -> (short) SHORTS.get(buf, p);
                    default -> (int) INTS.get(buf, p);
                };
        p += size(t);
        return v;
    }

    private void skipTyped(String field) {
        descriptor(field);
        skip((long) count * size(type), field);
    }

    /** A typed string, NUL padding removed; empty for a missing value. */
    private String string(String field) {
        descriptor(field);
        if (type == TYPE_MISSING || count == 0) {
            return "";
        }
        if (type != TYPE_CHAR) {
            throw error(field, "expected a string, found BCF type " + type);
        }
        return chars(count);
    }

    private String chars(int n) {
        need(n, "string");
        int e = p + n;
        while (e > p && buf[e - 1] == 0) {
            e--;
        }
        String s = new String(buf, p, e - p, StandardCharsets.UTF_8);
        p += n;
        return s;
    }

    private int int32() {
        int v = (int) INTS.get(buf, p);
        p += 4;
        return v;
    }

    private void skip(long bytes, String field) {
        need(bytes, field);
        p += (int) bytes;
    }

    private void need(long bytes, String field) {
        if (bytes > limit - p) {
            throw error(field, "the record ends inside " + field + " (damaged BCF)");
        }
    }

    private int size(int t) {
        return switch (t) {
            case TYPE_MISSING -> 0;
            case TYPE_INT8, TYPE_CHAR -> 1;
            case TYPE_INT16 -> 2;
            case TYPE_INT32, TYPE_FLOAT -> 4;
            default -> throw error("", "unknown BCF value type " + t + " (damaged BCF)");
        };
    }

    /** The missing value of an integer type; its vector end is one more. */
    private static int missing(int t) {
        return switch (t) {
            case TYPE_INT8 -> Byte.MIN_VALUE;
            case TYPE_INT16 -> Short.MIN_VALUE;
            default -> Integer.MIN_VALUE;
        };
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

    private ChunkParseException error(String field, String problem) {
        return new ChunkParseException(record, field, problem);
    }
}
