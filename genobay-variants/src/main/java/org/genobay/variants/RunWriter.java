package org.genobay.variants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.genobay.variants.segment.SegmentFormat;
import org.genobay.variants.segment.SegmentInfo;
import org.genobay.variants.segment.SegmentWriter;
import org.genobay.variants.vcf.ParsedSite;

/**
 * Writes one input's records as runs of segments. A run holds records of one contig in position order; when a contig
 * comes back after another one, or a position goes backwards, a new run starts for that contig, and {@link RunMerger}
 * later merges a contig's runs by position. So unsorted input stores exactly what its sorted copy would.
 */
final class RunWriter implements Consumer<ParsedSite>, AutoCloseable {
    /** Segments are cut at this many variants so a query maps and scans only what it needs. */
    static final int MAX_SEGMENT_VARIANTS = 1 << 18;

    /** Runs one input may have on one contig: each is merged by a linear scan, so input far from sorted is refused. */
    static final int MAX_RUNS_PER_CONTIG = 256;

    /** Warnings kept word for word; beyond these, only counted. */
    static final int MAX_WARNINGS = 20;

    private final String file;
    private final Path dir;
    private final String prefix;
    private final ContigOrder contigs;
    /** Canonical contig -> its runs, each a list of segments in position order. */
    private final Map<String, List<List<SegmentInfo>>> runsByContig = new LinkedHashMap<>();
    /** Canonical contig -> the name as this input first wrote it. */
    private final Map<String, String> spellings = new HashMap<>();
    /** Canonical contig -> number of its next segment file. */
    private final Map<String, Integer> parts = new HashMap<>();

    private final List<String> warnings = new ArrayList<>();
    private long ignoredRecords;
    private SegmentWriter writer;
    private List<SegmentInfo> run;
    private String contig;
    private String canonical;
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
                startRun(s, "POS");
            }
            if (writer.variants() >= MAX_SEGMENT_VARIANTS || writer.heapBytes() >= SegmentFormat.MAX_HEAP_BYTES) {
                finishSegment();
                openSegment();
            }
            lastPos = s.pos();
            if (s.alts().isEmpty()) {
                if (s.callsWithoutAlt()) {
                    ignore(s, "ALT is '.' (no alternate allele) but a GT names an alternate allele: record ignored");
                }
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

    private void ignore(ParsedSite s, String why) {
        ignoredRecords++;
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(file + ", line " + s.line() + ": " + why);
        }
    }

    private void switchContig(ParsedSite s) throws IOException {
        String c = Contigs.canonical(s.contig());
        String earlier = spellings.putIfAbsent(c, s.contig());
        if (earlier != null && !earlier.equals(s.contig())) {
            throw new VcfFormatException(
                    file,
                    s.line(),
                    "CHROM",
                    "contig '" + s.contig() + "' is written as '" + earlier + "' on earlier lines of the same file");
        }
        contig = s.contig();
        canonical = c;
        contigs.see(s.contig());
        startRun(s, "CHROM");
    }

    /** Closes the current run and opens a new one on the current contig. */
    private void startRun(ParsedSite s, String field) throws IOException {
        if (writer != null) {
            finishSegment();
        }
        List<List<SegmentInfo>> runs = runsByContig.computeIfAbsent(canonical, k -> new ArrayList<>());
        runs.removeIf(List::isEmpty);
        if (runs.size() >= MAX_RUNS_PER_CONTIG) {
            throw new VcfFormatException(
                    file,
                    s.line(),
                    field,
                    "contig " + contig + " is split into more than " + MAX_RUNS_PER_CONTIG
                            + " position-ordered runs: the file is too far from sorted (bcftools sort fixes it)");
        }
        run = new ArrayList<>();
        runs.add(run);
        lastPos = -1;
        openSegment();
    }

    private void openSegment() throws IOException {
        int part = parts.merge(canonical, 1, Integer::sum) - 1;
        String name = prefix + "-" + contigs.index(canonical) + "-" + part + ".seg";
        writer = new SegmentWriter(dir.resolve(name), contig);
    }

    private void finishSegment() throws IOException {
        SegmentInfo info = writer.finish();
        writer = null;
        if (info.variants() > 0) {
            run.add(info);
        } else {
            java.nio.file.Files.deleteIfExists(dir.resolve(info.file()));
        }
    }

    /**
     * Closes the last segment; returns this input's runs by canonical contig, each run's segments in position order
     * (most contigs have one run; more when the input is not sorted).
     */
    Map<String, List<List<SegmentInfo>>> finish() {
        try {
            if (writer != null) {
                finishSegment();
            }
        } catch (IOException e) {
            throw new StoreIoException("cannot write segment in " + dir, e);
        }
        runsByContig.values().forEach(runs -> runs.removeIf(List::isEmpty));
        runsByContig.values().removeIf(List::isEmpty);
        return runsByContig;
    }

    long variants() {
        return variants;
    }

    /** Records read but not stored (e.g. ALT '.' with a GT naming an alternate allele). */
    long ignoredRecords() {
        return ignoredRecords;
    }

    /** Why records were ignored, the first {@link #MAX_WARNINGS} word for word, each naming file and line. */
    List<String> warnings() {
        List<String> out = new ArrayList<>(warnings);
        if (ignoredRecords > warnings.size()) {
            out.add(file + ": " + (ignoredRecords - warnings.size()) + " more records ignored");
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
