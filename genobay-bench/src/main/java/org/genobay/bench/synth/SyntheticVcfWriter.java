package org.genobay.bench.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Writes a synthetic cohort as VCF 4.1 text: the source panel's sites tiled along its contig (tile {@code k} shifted by
 * {@code k * (span + gap)}, IDs kept on tile 0 only, REF/ALT and INFO/END kept), and for each sample two
 * {@link HaplotypeMosaic mosaic} haplotypes as a phased GT.
 */
final class SyntheticVcfWriter {
    private static final byte[] TAB = {'\t'};
    private static final byte[] END = {'E', 'N', 'D', '='};
    private static final byte[] FORMAT = {'\t', 'G', 'T', '\t'};

    private final SourcePanel panel;
    private final CohortParameters parameters;
    private final String sourceName;

    SyntheticVcfWriter(SourcePanel panel, CohortParameters parameters, String sourceName) {
        this.panel = panel;
        this.parameters = parameters;
        this.sourceName = sourceName;
    }

    /** Distance between the first positions of consecutive tiles. */
    long stride() {
        return (long) panel.span() + parameters.gapBp();
    }

    int tiles() {
        return (int) ((parameters.variants() + panel.sites().size() - 1)
                / panel.sites().size());
    }

    /** A ##contig length that covers every tile, plus one gap. */
    long contigLength() {
        int first = panel.sites().get(0).pos();
        return (tiles() - 1) * stride() + first + panel.span() - 1 + parameters.gapBp();
    }

    static String sampleId(int index, int samples) {
        int width = Math.max(7, Integer.toString(samples).length());
        return "SYN" + "0".repeat(width - Integer.toString(index + 1).length()) + (index + 1);
    }

    /**
     * Writes the whole VCF; {@code progress} receives the number of records written every 4096 records.
     *
     * @return the number of alternate alleles written (records after splitting multi-allelic ones)
     */
    long write(OutputStream out, LongConsumer progress) throws IOException {
        if (contigLength() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("variants=" + parameters.variants() + " need a contig of "
                    + contigLength() + " bp, beyond VCF's 2^31-1 positions");
        }
        out.write(header().getBytes(StandardCharsets.US_ASCII));
        int n = parameters.samples();
        HaplotypeMosaic mosaic = new HaplotypeMosaic(
                2 * n, panel.haplotypeCount(), parameters.switchMeanBp(), parameters.mutationRate(), parameters.seed());
        byte[] haplotypes = new byte[2 * n];
        byte[] genotypes = new byte[4 * n];
        for (int s = 0; s < n; s++) {
            genotypes[4 * s + 1] = '|';
            genotypes[4 * s + 3] = '\t';
        }
        genotypes[4 * n - 1] = '\n';
        byte[] contig = panel.contig().getBytes(StandardCharsets.US_ASCII);
        List<SourceSite> sites = panel.sites();
        byte[][] fixedFirstTile = new byte[sites.size()][];
        byte[][] fixedOtherTiles = new byte[sites.size()][];
        for (int i = 0; i < sites.size(); i++) {
            fixedFirstTile[i] = idRefAlt(sites.get(i), true);
            fixedOtherTiles[i] = idRefAlt(sites.get(i), false);
        }
        long alternates = 0;
        byte[] number = new byte[20];
        for (long record = 0; record < parameters.variants(); record++) {
            int tile = (int) (record / sites.size());
            int i = (int) (record % sites.size());
            SourceSite site = sites.get(i);
            long shift = tile * stride();
            long pos = site.pos() + shift;
            mosaic.copy(pos, record, panel.row(i), haplotypes);
            for (int h = 0; h < haplotypes.length; h++) {
                genotypes[2 * h] = (byte) ('0' + haplotypes[h]);
            }
            out.write(contig);
            out.write(TAB);
            out.write(number, 0, ascii(pos, number));
            out.write(tile == 0 ? fixedFirstTile[i] : fixedOtherTiles[i]);
            if (site.end() != 0) {
                out.write(END);
                out.write(number, 0, ascii(site.end() + shift, number));
            } else {
                out.write('.');
            }
            out.write(FORMAT);
            out.write(genotypes);
            alternates += site.alts().size();
            if ((record & 4095) == 4095) {
                progress.accept(record + 1);
            }
        }
        progress.accept(parameters.variants());
        return alternates;
    }

    /** {@code \tID\tREF\tALT\tQUAL\tFILTER\t}, ready for INFO. */
    private static byte[] idRefAlt(SourceSite site, boolean firstTile) {
        String id = firstTile ? site.id() : ".";
        String text = "\t" + id + "\t" + site.ref() + "\t" + String.join(",", site.alts()) + "\t.\tPASS\t";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static int ascii(long value, byte[] buffer) {
        String s = Long.toString(value);
        for (int i = 0; i < s.length(); i++) {
            buffer[i] = (byte) s.charAt(i);
        }
        return s.length();
    }

    String header() {
        StringBuilder h = new StringBuilder();
        h.append("##fileformat=VCFv4.1\n");
        h.append("##FILTER=<ID=PASS,Description=\"All filters passed\">\n");
        h.append("##source=genobay-bench SyntheticCohort (Li-Stephens mosaic of ")
                .append(sourceName)
                .append(")\n");
        h.append("##genobaySyntheticCohort=").append(parameters.describe()).append('\n');
        h.append("##contig=<ID=")
                .append(panel.contig())
                .append(",length=")
                .append(contigLength())
                .append(">\n");
        for (String alt : usedAltLines()) {
            h.append(alt).append('\n');
        }
        h.append("##INFO=<ID=END,Number=1,Type=Integer,")
                .append("Description=\"End position of the variant described in this record\">\n");
        h.append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
        h.append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT");
        for (int s = 0; s < parameters.samples(); s++) {
            h.append('\t').append(sampleId(s, parameters.samples()));
        }
        return h.append('\n').toString();
    }

    /** The source's ##ALT lines for the symbolic alleles the sites use. */
    private List<String> usedAltLines() {
        Set<String> used = new LinkedHashSet<>();
        for (SourceSite site : panel.sites()) {
            for (String alt : site.alts()) {
                if (alt.startsWith("<") && alt.endsWith(">")) {
                    used.add(alt.substring(1, alt.length() - 1));
                }
            }
        }
        return panel.altHeaderLines().stream()
                .filter(line -> used.contains(altId(line)))
                .toList();
    }

    private static String altId(String line) {
        int start = line.indexOf("ID=");
        int end = line.indexOf(',', start);
        return start < 0 || end < 0 ? "" : line.substring(start + 3, end);
    }
}
