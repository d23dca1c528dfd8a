package org.genobay.variants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.genobay.variants.segment.SegmentFormat;
import org.genobay.variants.segment.SegmentInfo;
import org.genobay.variants.segment.SegmentWriter;
import org.genobay.variants.vcf.ParsedSite;

/**
 * Writes one input's records as segments, one contig at a time, checking the order the store relies on: each contig's
 * records together, positions not decreasing.
 */
final class RunWriter implements Consumer<ParsedSite>, AutoCloseable {
    /** Segments are cut at this many variants so a query maps and scans only what it needs. */
    static final int MAX_SEGMENT_VARIANTS = 1 << 18;

    private final String file;
    private final Path dir;
    private final String prefix;
    private final ContigOrder contigs;
    private final Map<String, List<SegmentInfo>> segmentsByContig = new LinkedHashMap<>();
    private final Set<String> finishedContigs = new HashSet<>();
    private SegmentWriter writer;
    private String contig;
    private String canonical;
    private int part;
    private int lastPos = -1;
    private long variants;

    RunWriter(String file, Path dir, String prefix, ContigOrder contigs) {
        this.file = file;
        this.dir = dir;
        this.prefix = prefix;
        this.contigs = contigs;
    }

    @Override
    public void accept(ParsedSite s) {
        try {
            if (!s.contig().equals(contig)) {
                switchContig(s);
            } else if (s.pos() < lastPos) {
                throw new VcfFormatException(
                        file,
                        s.line(),
                        "POS",
                        "position " + s.pos() + " comes after " + lastPos + " on contig " + contig
                                + ": the file is not sorted (bcftools sort fixes it)");
            }
            if (writer.variants() >= MAX_SEGMENT_VARIANTS || writer.heapBytes() >= SegmentFormat.MAX_HEAP_BYTES) {
                finishSegment();
                openSegment();
            }
            lastPos = s.pos();
            if (s.alts().isEmpty()) {
                return;
            }
            int site = writer.placeSite(s.siteEntry());
            for (int a = 0; a < s.alts().size(); a++) {
                writer.addVariant(
                        s.pos(),
                        s.end(),
                        s.id(),
                        s.ref(),
                        s.alts().get(a),
                        site,
                        s.alleleEntries().get(a));
                variants++;
            }
        } catch (IOException e) {
            throw new StoreIoException("cannot write segment in " + dir, e);
        }
    }

    private void switchContig(ParsedSite s) throws IOException {
        String c = Contigs.canonical(s.contig());
        if (c.equals(canonical)) {
            throw new VcfFormatException(
                    file,
                    s.line(),
                    "CHROM",
                    "contig '" + s.contig() + "' is written as '" + contig + "' on earlier lines of the same file");
        }
        if (finishedContigs.contains(c)) {
            throw new VcfFormatException(
                    file,
                    s.line(),
                    "CHROM",
                    "records of contig " + s.contig() + " are not together: it appeared before " + contig
                            + ". The file is not sorted (bcftools sort fixes it)");
        }
        if (writer != null) {
            finishSegment();
            finishedContigs.add(canonical);
        }
        contig = s.contig();
        canonical = c;
        contigs.see(s.contig());
        part = 0;
        lastPos = -1;
        openSegment();
    }

    private void openSegment() throws IOException {
        String name = prefix + "-" + contigs.index(canonical) + "-" + part++ + ".seg";
        writer = new SegmentWriter(dir.resolve(name), contig);
    }

    private void finishSegment() throws IOException {
        SegmentInfo info = writer.finish();
        writer = null;
        if (info.variants() > 0) {
            segmentsByContig.computeIfAbsent(canonical, k -> new ArrayList<>()).add(info);
        } else {
            java.nio.file.Files.deleteIfExists(dir.resolve(info.file()));
        }
    }

    /** Closes the last segment; returns this input's segments by canonical contig. */
    Map<String, List<SegmentInfo>> finish() {
        try {
            if (writer != null) {
                finishSegment();
            }
        } catch (IOException e) {
            throw new StoreIoException("cannot write segment in " + dir, e);
        }
        return segmentsByContig;
    }

    long variants() {
        return variants;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
