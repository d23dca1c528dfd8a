package org.genobay.bench.synth;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A reference panel of real phased haplotypes on one contig, read from a VCF (plain, gzip or BGZF) whose genotypes are
 * phased diploid calls ({@code 0|1}). Haplotype {@code 2*s} is the first allele of sample {@code s}, {@code 2*s+1}
 * the second.
 */
public final class SourcePanel {
    private final String contig;
    private final List<SourceSite> sites;
    private final List<String> sampleIds;
    private final List<String> altHeaderLines;
    private final byte[][] alleles;

    private SourcePanel(
            String contig,
            List<SourceSite> sites,
            List<String> sampleIds,
            List<String> altHeaderLines,
            byte[][] alleles) {
        this.contig = contig;
        this.sites = List.copyOf(sites);
        this.sampleIds = List.copyOf(sampleIds);
        this.altHeaderLines = List.copyOf(altHeaderLines);
        this.alleles = alleles;
    }

    /** @throws InvalidSourceException naming the line and sample when the file is not a phased, one-contig VCF */
    public static SourcePanel read(Path vcf) {
        String name = vcf.toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(vcf), 1 << 16);
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(decompressed(raw), StandardCharsets.ISO_8859_1), 1 << 20)) {
            return parse(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source panel " + name, e);
        }
    }

    private static InputStream decompressed(InputStream raw) throws IOException {
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static SourcePanel parse(String name, BufferedReader in) throws IOException {
        List<String> altLines = new ArrayList<>();
        List<String> samples = null;
        List<SourceSite> sites = new ArrayList<>();
        List<byte[]> rows = new ArrayList<>();
        String contig = null;
        int previousPos = 0;
        long lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.startsWith("##")) {
                if (line.startsWith("##ALT=")) {
                    altLines.add(line);
                }
                continue;
            }
            if (line.startsWith("#CHROM")) {
                String[] cols = line.split("\t");
                if (cols.length < 10 || !cols[8].equals("FORMAT")) {
                    throw new InvalidSourceException(name, lineNo, "header line has no FORMAT and sample columns");
                }
                samples = List.of(Arrays.copyOfRange(cols, 9, cols.length));
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (samples == null) {
                throw new InvalidSourceException(name, lineNo, "data line before the #CHROM header line");
            }
            String[] fixed = splitFixed(line, name, lineNo);
            if (contig == null) {
                contig = fixed[0];
            } else if (!contig.equals(fixed[0])) {
                throw new InvalidSourceException(
                        name, lineNo, "CHROM '" + fixed[0] + "' differs from '" + contig + "'; one contig only");
            }
            SourceSite site = site(fixed, name, lineNo);
            if (site.pos() < previousPos) {
                throw new InvalidSourceException(name, lineNo, "POS " + site.pos() + " is before " + previousPos);
            }
            previousPos = site.pos();
            sites.add(site);
            rows.add(genotypes(line, fixed[9].length(), samples, site.alleleCount(), name, lineNo));
        }
        if (samples == null || sites.isEmpty()) {
            throw new InvalidSourceException(name, 0, "no samples or no records");
        }
        return new SourcePanel(contig, sites, samples, altLines, rows.toArray(new byte[0][]));
    }

    /** The first nine columns, and at index 9 the text before the first sample column (for its length). */
    private static String[] splitFixed(String line, String name, long lineNo) {
        String[] out = new String[10];
        int from = 0;
        for (int i = 0; i < 9; i++) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                throw new InvalidSourceException(name, lineNo, "fewer than 10 columns");
            }
            out[i] = line.substring(from, tab);
            from = tab + 1;
        }
        out[9] = line.substring(0, from);
        return out;
    }

    private static SourceSite site(String[] f, String name, long lineNo) {
        int pos;
        try {
            pos = Integer.parseInt(f[1]);
        } catch (NumberFormatException e) {
            throw new InvalidSourceException(name, lineNo, "POS '" + f[1] + "' is not a number");
        }
        if (f[4].equals(".")) {
            throw new InvalidSourceException(name, lineNo, "ALT is '.'; the panel needs polymorphic sites");
        }
        if (!f[8].equals("GT") && !f[8].startsWith("GT:")) {
            throw new InvalidSourceException(name, lineNo, "FORMAT '" + f[8] + "' does not start with GT");
        }
        try {
            return new SourceSite(pos, f[2], f[3], List.of(f[4].split(",")), infoEnd(f[7], name, lineNo));
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException(name, lineNo, e.getMessage());
        }
    }

    private static int infoEnd(String info, String name, long lineNo) {
        for (String kv : info.split(";")) {
            if (kv.startsWith("END=")) {
                try {
                    return Integer.parseInt(kv.substring(4));
                } catch (NumberFormatException e) {
                    throw new InvalidSourceException(
                            name, lineNo, "INFO/END '" + kv.substring(4) + "' is not a number");
                }
            }
        }
        return 0;
    }

    private static byte[] genotypes(
            String line, int start, List<String> samples, int alleleCount, String name, long lineNo) {
        byte[] row = new byte[samples.size() * 2];
        int p = start;
        int n = line.length();
        for (int s = 0; s < samples.size(); s++) {
            if (p >= n) {
                throw new InvalidSourceException(name, lineNo, "no genotype for sample " + samples.get(s));
            }
            int a = line.charAt(p) - '0';
            int b = p + 2 < n ? line.charAt(p + 2) - '0' : -1;
            boolean phasedDiploid = p + 2 < n && line.charAt(p + 1) == '|' && (p + 3 == n || isFieldEnd(line, p + 3));
            if (!phasedDiploid || a < 0 || a >= alleleCount || b < 0 || b >= alleleCount) {
                int tab = line.indexOf('\t', p);
                String gt = line.substring(p, tab < 0 ? n : tab);
                throw new InvalidSourceException(
                        name,
                        lineNo,
                        "GT of sample " + samples.get(s) + " is '" + gt + "'; a phased diploid call with alleles 0.."
                                + (alleleCount - 1) + " is required");
            }
            row[2 * s] = (byte) a;
            row[2 * s + 1] = (byte) b;
            int tab = line.indexOf('\t', p + 3);
            p = tab < 0 ? n : tab + 1;
        }
        if (p < n) {
            throw new InvalidSourceException(name, lineNo, "more genotype columns than samples");
        }
        return row;
    }

    private static boolean isFieldEnd(String line, int i) {
        char c = line.charAt(i);
        return c == '\t' || c == ':';
    }

    public String contig() {
        return contig;
    }

    public List<SourceSite> sites() {
        return sites;
    }

    public List<String> sampleIds() {
        return sampleIds;
    }

    public int haplotypeCount() {
        return sampleIds.size() * 2;
    }

    /** The source's {@code ##ALT} header lines, as written. */
    public List<String> altHeaderLines() {
        return altHeaderLines;
    }

    public int allele(int site, int haplotype) {
        return alleles[site][haplotype];
    }

    /** The alleles of every haplotype at the site; shared, not to be modified. */
    byte[] row(int site) {
        return alleles[site];
    }

    /** Frequency of allele {@code allele} at the site among all haplotypes. */
    public double alleleFrequency(int site, int allele) {
        int count = 0;
        for (byte a : alleles[site]) {
            if (a == allele) {
                count++;
            }
        }
        return (double) count / alleles[site].length;
    }

    /** First position of the first site to last position covered by any site. */
    public int span() {
        int last = 0;
        for (SourceSite s : sites) {
            last = Math.max(last, s.lastPosition());
        }
        return last - sites.get(0).pos() + 1;
    }
}
