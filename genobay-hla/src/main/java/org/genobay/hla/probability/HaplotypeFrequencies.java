package org.genobay.hla.probability;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.genobay.hla.AlleleName;
import org.genobay.hla.match.Locus;

/**
 * A table of haplotype frequencies, as NMDP's imputation reads it: one line per haplotype, {@code hap,count,freq}
 * ({@code A*01:01~C*07:01~B*08:01~DRB1*03:01~DQB1*02:01,1,0.0612}), plain or gzip-compressed. The loci are those of the
 * haplotype names, the same on every line.
 *
 * <p>Immutable and thread-safe. Alleles are numbered per locus so imputation and matching compare ints.
 */
public final class HaplotypeFrequencies {
    private final String source;
    private final List<String> loci;
    private final List<Haplotype> haplotypes;
    private final double[] frequencies;
    private final int[] codes;
    private final List<Map<String, Integer>> alleleCodes;
    private final List<List<BitSet>> carriers;
    private final Map<Haplotype, Integer> indexOf;

    private HaplotypeFrequencies(String source, List<String> loci, List<Haplotype> haplotypes, double[] frequencies) {
        this.source = source;
        this.loci = List.copyOf(loci);
        this.haplotypes = List.copyOf(haplotypes);
        this.frequencies = frequencies;
        int n = loci.size();
        this.codes = new int[haplotypes.size() * n];
        List<Map<String, Integer>> byLocus = new ArrayList<>();
        List<List<BitSet>> carriersByLocus = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            byLocus.add(new HashMap<>());
            carriersByLocus.add(new ArrayList<>());
        }
        Map<Haplotype, Integer> index = new HashMap<>();
        for (int h = 0; h < haplotypes.size(); h++) {
            Haplotype haplotype = haplotypes.get(h);
            index.put(haplotype, h);
            for (int l = 0; l < n; l++) {
                Map<String, Integer> codesOfLocus = byLocus.get(l);
                int code = codesOfLocus.computeIfAbsent(haplotype.alleles().get(l), a -> codesOfLocus.size());
                codes[h * n + l] = code;
                List<BitSet> c = carriersByLocus.get(l);
                if (code == c.size()) {
                    c.add(new BitSet(haplotypes.size()));
                }
                c.get(code).set(h);
            }
        }
        this.alleleCodes = byLocus.stream().map(Map::copyOf).toList();
        this.carriers = carriersByLocus.stream().map(List::copyOf).toList();
        this.indexOf = Map.copyOf(index);
    }

    /** Reads a frequency file, plain or gzip-compressed (recognized by its first bytes, not its name). */
    public static HaplotypeFrequencies read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            InputStream body = (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(in) : in;
            return parse(new InputStreamReader(body, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read haplotype frequencies " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code hap,count,freq} lines; {@code source} names the input in error messages. */
    public static HaplotypeFrequencies parse(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<String> loci = null;
        List<Haplotype> haplotypes = new ArrayList<>();
        List<Double> frequencies = new ArrayList<>();
        Map<Haplotype, Integer> seen = new HashMap<>();
        double sum = 0;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank() || (lineNumber == 1 && line.startsWith("hap"))) {
                continue; // a header line, as some exports write one
            }
            String[] fields = line.strip().split(",", -1);
            if (fields.length != 3) {
                throw new FrequencyFormatException(
                        source, lineNumber, "-", "expected 3 fields hap,count,freq, found " + fields.length);
            }
            Haplotype haplotype = haplotype(fields[0], source, lineNumber);
            List<String> lociOfLine = haplotype.alleles().stream()
                    .map(a -> a.substring(0, a.indexOf('*')))
                    .toList();
            if (loci == null) {
                loci = lociOfLine;
            } else if (!loci.equals(lociOfLine)) {
                throw new FrequencyFormatException(
                        source,
                        lineNumber,
                        "hap",
                        "loci " + String.join("~", lociOfLine) + " differ from the first haplotype's "
                                + String.join("~", loci));
            }
            count(fields[1], source, lineNumber);
            double frequency = frequency(fields[2], source, lineNumber);
            Integer earlier = seen.putIfAbsent(haplotype, lineNumber);
            if (earlier != null) {
                throw new FrequencyFormatException(
                        source,
                        lineNumber,
                        "hap",
                        haplotype.text() + " is listed twice (first on line " + earlier + ")");
            }
            haplotypes.add(haplotype);
            frequencies.add(frequency);
            sum += frequency;
        }
        if (loci == null) {
            throw new FrequencyFormatException(source, "no haplotypes");
        }
        if (sum > 1.001) {
            throw new FrequencyFormatException(source, "the frequencies sum to " + sum + ", more than 1");
        }
        return new HaplotypeFrequencies(
                source,
                loci,
                haplotypes,
                frequencies.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Haplotype haplotype(String text, String source, int line) {
        List<String> alleles = new ArrayList<>();
        for (String allele : text.split("~", -1)) {
            if (!AlleleName.looksLikeAllele(allele)) {
                throw new FrequencyFormatException(source, line, "hap", "'" + allele + "' is not an allele name");
            }
            String locus = allele.substring(0, allele.indexOf('*'));
            if (Locus.ofGene(locus).isEmpty()) {
                throw new FrequencyFormatException(
                        source,
                        line,
                        "hap",
                        "unknown locus '" + locus + "' in " + allele + " (known: A, B, C, DRB1," + " DQB1, DPB1)");
            }
            if (alleles.stream().anyMatch(a -> a.startsWith(locus + "*"))) {
                throw new FrequencyFormatException(source, line, "hap", "locus " + locus + " appears twice in " + text);
            }
            alleles.add(allele);
        }
        return new Haplotype(alleles);
    }

    private static void count(String text, String source, int line) {
        try {
            double count = Double.parseDouble(text);
            if (count >= 0 && Double.isFinite(count)) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FrequencyFormatException(source, line, "count", "'" + text + "' is not a count (a number >= 0)");
    }

    private static double frequency(String text, String source, int line) {
        try {
            double frequency = Double.parseDouble(text);
            if (frequency > 0 && frequency <= 1) {
                return frequency;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FrequencyFormatException(source, line, "freq", "'" + text + "' is not a frequency in (0, 1]");
    }

    /** Where the table was read from. */
    public String source() {
        return source;
    }

    /** The loci, in the order of the haplotype names, e.g. {@code [A, C, B, DRB1, DQB1]}. */
    public List<String> loci() {
        return loci;
    }

    public int size() {
        return haplotypes.size();
    }

    public Haplotype haplotype(int index) {
        return haplotypes.get(index);
    }

    public double frequency(int index) {
        return frequencies[index];
    }

    /** The frequency of a haplotype, empty when the table does not list it. */
    public Optional<Double> frequency(Haplotype haplotype) {
        return indexOf(haplotype).map(i -> frequencies[i]);
    }

    Optional<Integer> indexOf(Haplotype haplotype) {
        return Optional.ofNullable(indexOf.get(haplotype));
    }

    /** Whether some haplotype of the table carries the allele (the name exactly as the table writes it). */
    public boolean hasAllele(String locus, String allele) {
        int l = loci.indexOf(locus);
        return l >= 0 && alleleCodes.get(l).containsKey(allele);
    }

    int locusIndex(String locus) {
        return loci.indexOf(locus);
    }

    /** The allele's number at locus {@code l}, or -1 when no haplotype carries it. */
    int alleleCode(int l, String allele) {
        return alleleCodes.get(l).getOrDefault(allele, -1);
    }

    /** The allele code of haplotype {@code h} at locus {@code l}. */
    int code(int h, int l) {
        return codes[h * loci.size() + l];
    }

    /** The haplotypes carrying allele {@code code} at locus {@code l}; do not modify. */
    BitSet carriers(int l, int code) {
        return carriers.get(l).get(code);
    }

    @Override
    public String toString() {
        return "haplotype frequencies " + source + " (" + String.join("~", loci) + ", " + haplotypes.size()
                + " haplotypes)";
    }
}
