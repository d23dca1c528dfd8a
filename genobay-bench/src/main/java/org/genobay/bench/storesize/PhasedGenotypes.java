package org.genobay.bench.storesize;

import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The phased GT calls of a VCF split into one row per alternate allele, as the store splits them, in two shapes: the
 * haplotype vector (bit {@code 2 × sample + phase} set when that haplotype carries the allele) and the store's diploid
 * planes (per sample the number of copies: plane 0 het, plane 1 hom). Read whole into memory: meant for the small
 * benchmark cohort (2,504 samples × 100 k records is about 130 MB).
 */
final class PhasedGenotypes {
    final int samples;
    /** Words of a haplotype row (2 × samples bits). */
    final int hapWords;
    /** Words of one diploid plane (samples bits). */
    final int width;

    final List<long[]> haplotypes = new ArrayList<>();
    final List<long[]> diploid = new ArrayList<>();
    final List<Integer> alleleCounts = new ArrayList<>();
    final List<Integer> positions = new ArrayList<>();
    String contig;

    private PhasedGenotypes(int samples) {
        this.samples = samples;
        this.hapWords = (2 * samples + 63) >>> 6;
        this.width = (samples + 63) >>> 6;
    }

    int variants() {
        return haplotypes.size();
    }

    /** Minor allele count of a row (over 2 × samples haplotypes). */
    int minorCount(int row) {
        int ac = alleleCounts.get(row);
        return Math.min(ac, 2 * samples - ac);
    }

    static PhasedGenotypes read(Path vcf, int maxRecords) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new BlockCompressedInputStream(vcf.toFile()), StandardCharsets.US_ASCII),
                1 << 20)) {
            PhasedGenotypes g = null;
            String line;
            int lineNumber = 0;
            int records = 0;
            while ((line = in.readLine()) != null && records < maxRecords) {
                lineNumber++;
                if (line.startsWith("##")) {
                    continue;
                }
                if (line.startsWith("#")) {
                    g = new PhasedGenotypes(line.split("\t", -1).length - 9);
                    continue;
                }
                if (g == null) {
                    throw new IllegalArgumentException(vcf + ":" + lineNumber + ": record before the #CHROM header");
                }
                g.addRecord(line, vcf, lineNumber);
                records++;
            }
            if (g == null) {
                throw new IllegalArgumentException(vcf + ": no #CHROM header");
            }
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + vcf, e);
        }
    }

    private void addRecord(String line, Path vcf, int lineNumber) {
        int tab = line.indexOf('\t');
        contig = line.substring(0, tab);
        int pos = Integer.parseInt(line, tab + 1, line.indexOf('\t', tab + 1), 10);
        int at = 0;
        for (int column = 0; column < 4; column++) {
            at = line.indexOf('\t', at) + 1;
        }
        int altEnd = line.indexOf('\t', at);
        int alts = 1;
        for (int i = at; i < altEnd; i++) {
            alts += line.charAt(i) == ',' ? 1 : 0;
        }
        at = altEnd + 1;
        for (int column = 5; column < 9; column++) {
            at = line.indexOf('\t', at) + 1;
        }
        if (!line.regionMatches(at - 3, "GT\t", 0, 3)) {
            throw new IllegalArgumentException(vcf + ":" + lineNumber + ": FORMAT must be GT alone");
        }
        long[][] hap = new long[alts][hapWords];
        long[][] dip = new long[alts][2 * width];
        int[] count = new int[alts];
        for (int s = 0; s < samples; s++) {
            int a = 0;
            int c = line.charAt(at);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(vcf + ":" + lineNumber + ": sample " + (s + 1)
                        + " is not a phased diploid call of digits (missing calls are not studied)");
            }
            while ((c = line.charAt(at)) >= '0' && c <= '9') {
                a = 10 * a + c - '0';
                at++;
            }
            if (line.charAt(at) != '|') {
                throw new IllegalArgumentException(vcf + ":" + lineNumber + ": sample " + (s + 1) + " is not phased");
            }
            at++;
            int b = 0;
            while (at < line.length() && (c = line.charAt(at)) >= '0' && c <= '9') {
                b = 10 * b + c - '0';
                at++;
            }
            at++; // the tab
            if (a > alts || b > alts) {
                throw new IllegalArgumentException(vcf + ":" + lineNumber + ": sample " + (s + 1) + " names allele "
                        + Math.max(a, b) + " of " + alts);
            }
            set(hap, dip, count, s, a, b);
        }
        for (int k = 0; k < alts; k++) {
            haplotypes.add(hap[k]);
            diploid.add(dip[k]);
            alleleCounts.add(count[k]);
            positions.add(pos);
        }
    }

    private void set(long[][] hap, long[][] dip, int[] count, int s, int a, int b) {
        if (a > 0) {
            hap[a - 1][(2 * s) >>> 6] |= 1L << (2 * s);
            count[a - 1]++;
        }
        if (b > 0) {
            hap[b - 1][(2 * s + 1) >>> 6] |= 1L << (2 * s + 1);
            count[b - 1]++;
        }
        if (a > 0 && a == b) {
            dip[a - 1][width + (s >>> 6)] |= 1L << s; // hom: code 2, plane 1
        } else {
            if (a > 0) {
                dip[a - 1][s >>> 6] |= 1L << s; // het: code 1, plane 0
            }
            if (b > 0) {
                dip[b - 1][s >>> 6] |= 1L << s;
            }
        }
    }
}
