package org.genobay.variants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genobay.variants.segment.Segment;
import org.genobay.variants.segment.SegmentFormat;
import org.genobay.variants.segment.SegmentInfo;
import org.genobay.variants.segment.SegmentWriter;
import org.roaringbitmap.RoaringBitmap;

/**
 * Merges one contig's runs into position-ordered segments: runs of several inputs, and the several runs of one input
 * that is not sorted. The same variant (position, REF, ALT, and its n-th occurrence within an input, counted in file
 * order across that input's runs) from several inputs becomes one variant whose carriers are the union; where inputs
 * share samples, their calls must agree. Within one input, the n-th occurrence stays its own variant, as it does when
 * the input is sorted.
 */
final class RunMerger {
    /**
     * One run of an input on this contig; an unsorted input has several, given in file order.
     *
     * @param input which input of the ingest the run is from
     */
    record Run(int input, String file, List<Segment> segments, RoaringBitmap samples) {}

    private final Path dir;
    private final String prefix;
    private final String contig;
    private final RoaringBitmap allSamples;
    private final boolean absentAsReference;
    private final SampleDictionary dictionary;
    private final List<SegmentInfo> out = new ArrayList<>();
    private SegmentWriter writer;
    private int part;

    RunMerger(
            Path dir,
            String prefix,
            String contig,
            RoaringBitmap allSamples,
            boolean absentAsReference,
            SampleDictionary dictionary) {
        this.dir = dir;
        this.prefix = prefix;
        this.contig = contig;
        this.allSamples = allSamples;
        this.absentAsReference = absentAsReference;
        this.dictionary = dictionary;
    }

    private static final class Cursor {
        final Run run;
        int segment;
        int row;

        Cursor(Run run) {
            this.run = run;
        }

        boolean done() {
            return segment >= run.segments.size();
        }

        Segment seg() {
            return run.segments.get(segment);
        }

        int pos() {
            return seg().pos(row);
        }

        void advance() {
            row++;
            if (row >= seg().size()) {
                segment++;
                row = 0;
            }
        }
    }

    private record Member(Run run, Segment segment, int row) {}

    List<SegmentInfo> merge(List<Run> runs) throws IOException {
        List<Cursor> cursors = new ArrayList<>();
        runs.forEach(r -> cursors.add(new Cursor(r)));
        while (true) {
            int p = Integer.MAX_VALUE;
            for (Cursor c : cursors) {
                if (!c.done()) {
                    p = Math.min(p, c.pos());
                }
            }
            if (p == Integer.MAX_VALUE) {
                break;
            }
            // Group this position's variants by REF, ALT and occurrence, in order of first appearance.
            Map<String, List<Member>> groups = new LinkedHashMap<>();
            Map<Integer, Map<String, Integer>> occurrencesByInput = new HashMap<>();
            for (Cursor c : cursors) {
                if (c.done() || c.pos() != p) {
                    continue;
                }
                Map<String, Integer> occurrences =
                        occurrencesByInput.computeIfAbsent(c.run.input(), k -> new HashMap<>());
                while (!c.done() && c.pos() == p) {
                    Segment s = c.seg();
                    String allele = s.ref(c.row) + "\t" + s.alt(c.row);
                    int n = occurrences.merge(allele, 1, Integer::sum);
                    groups.computeIfAbsent(allele + "\t" + n, k -> new ArrayList<>())
                            .add(new Member(c.run, s, c.row));
                    c.advance();
                }
            }
            for (List<Member> g : groups.values()) {
                write(p, g);
            }
        }
        if (writer != null) {
            finishSegment();
        }
        return out;
    }

    private void write(int pos, List<Member> members) throws IOException {
        Member first = members.get(0);
        VariantCalls calls = VariantCalls.read(first.segment, first.row);
        RoaringBitmap covered = first.run.samples().clone();
        int end = first.segment.end(first.row);
        String id = first.segment.id(first.row);
        for (int i = 1; i < members.size(); i++) {
            Member m = members.get(i);
            VariantCalls other = VariantCalls.read(m.segment, m.row);
            RoaringBitmap shared = RoaringBitmap.and(covered, m.run.samples());
            if (!shared.isEmpty()) {
                int sample = calls.firstDifference(other, shared);
                if (sample >= 0) {
                    throw new GenotypeConflictException(
                            dictionary.id(sample),
                            contig + "-" + pos + "-" + first.segment.ref(first.row) + "-"
                                    + first.segment.alt(first.row),
                            firstFileHolding(members, sample, i),
                            m.run.file());
                }
            }
            calls.or(other);
            covered.or(m.run.samples());
            end = Math.max(end, m.segment.end(m.row));
            if (id.equals(".")) {
                id = m.segment.id(m.row);
            }
        }
        RoaringBitmap absent = RoaringBitmap.andNot(allSamples, covered);
        if (absentAsReference) {
            if (!absent.isEmpty() && calls.isHaploid(covered)) {
                // Like bcftools merge -0: samples filled in as reference take the record's ploidy.
                calls.called.computeIfAbsent(1, k -> new RoaringBitmap()).or(absent);
            }
            absent = new RoaringBitmap();
        }
        if (writer == null
                || writer.variants() >= RunWriter.MAX_SEGMENT_VARIANTS
                || writer.heapBytes() >= SegmentFormat.MAX_HEAP_BYTES) {
            if (writer != null) {
                finishSegment();
            }
            writer = new SegmentWriter(dir.resolve(prefix + "-" + part++ + ".seg"), contig);
        }
        int site = writer.placeSite(calls.encodeSite(absent));
        writer.addVariant(
                pos, end, id, first.segment.ref(first.row), first.segment.alt(first.row), site, calls.encodeAllele());
    }

    private static String firstFileHolding(List<Member> members, int sample, int before) {
        for (int i = 0; i < before; i++) {
            if (members.get(i).run.samples().contains(sample)) {
                return members.get(i).run.file();
            }
        }
        return members.get(0).run.file();
    }

    private void finishSegment() throws IOException {
        out.add(writer.finish());
        writer = null;
    }
}
