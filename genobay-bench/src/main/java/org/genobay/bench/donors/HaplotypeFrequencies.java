package org.genobay.bench.donors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * Five-locus haplotype frequencies (A~C~B~DRB1~DQB1, two-field) in the WMDA match-validation format, one {@code
 * hap,1,freq} line per haplotype (NMDP's CAU.freqs). Read at benchmark time from the shared data: the file is CC
 * BY-NC-ND and is not copied into the repository.
 */
final class HaplotypeFrequencies {
    private final List<String[]> haplotypes;
    private final double[] cumulative;

    private HaplotypeFrequencies(List<String[]> haplotypes, double[] cumulative) {
        this.haplotypes = haplotypes;
        this.cumulative = cumulative;
    }

    static HaplotypeFrequencies read(Path file) {
        List<String[]> haplotypes = new ArrayList<>();
        List<Double> frequencies = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String[] fields = line.split(",");
                String[] alleles = fields[0].split("~");
                if (fields.length != 3 || alleles.length != 5) {
                    throw new IllegalArgumentException(file + ", line " + number
                            + ": expected 'A~C~B~DRB1~DQB1,1,frequency', found '" + line + "'");
                }
                haplotypes.add(alleles);
                try {
                    frequencies.add(Double.parseDouble(fields[2]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            file + ", line " + number + ": frequency '" + fields[2] + "' is not a number", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read haplotype frequencies " + file, e);
        }
        if (haplotypes.isEmpty()) {
            throw new IllegalArgumentException(file + ": no haplotypes");
        }
        double[] cumulative = new double[frequencies.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += frequencies.get(i);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        return new HaplotypeFrequencies(List.copyOf(haplotypes), cumulative);
    }

    /** A haplotype drawn by frequency: its alleles at A, C, B, DRB1, DQB1. */
    String[] draw(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return haplotypes.get(Math.min(i < 0 ? -i - 1 : i, haplotypes.size() - 1));
    }

    int size() {
        return haplotypes.size();
    }
}
