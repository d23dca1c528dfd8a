package org.genobay.donors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Made-up but realistic HLA typings for the demo registry: each person is two haplotypes drawn from a short,
 * hand-written list of common European and East/Southeast Asian A~C~B~DRB1~DQB1 haplotypes (textbook ones, e.g. the
 * 8.1 ancestral haplotype A1-B8-DR3), typed at the resolution of their time: two-field NGS for most, allele lists
 * and XX codes for intermediate-resolution typings, serology at A, B and DR for donors recruited long ago.
 */
final class DemoTypings {

    /** A haplotype and its relative weight in the demo population (rough, for variety, not a frequency estimate). */
    record Haplotype(List<String> alleles, int weight) {}

    enum Resolution {
        HIGH,
        INTERMEDIATE,
        SEROLOGY
    }

    static final List<Haplotype> HAPLOTYPES = List.of(
            // European
            hap(60, "A*01:01", "C*07:01", "B*08:01", "DRB1*03:01", "DQB1*02:01"),
            hap(40, "A*03:01", "C*07:02", "B*07:02", "DRB1*15:01", "DQB1*06:02"),
            hap(25, "A*02:01", "C*05:01", "B*44:02", "DRB1*04:01", "DQB1*03:01"),
            hap(25, "A*02:01", "C*07:02", "B*07:02", "DRB1*15:01", "DQB1*06:02"),
            hap(15, "A*29:02", "C*16:01", "B*44:03", "DRB1*07:01", "DQB1*02:02"),
            hap(15, "A*30:01", "C*06:02", "B*13:02", "DRB1*07:01", "DQB1*02:02"),
            hap(12, "A*02:01", "C*03:04", "B*40:01", "DRB1*13:02", "DQB1*06:04"),
            hap(12, "A*11:01", "C*04:01", "B*35:01", "DRB1*01:01", "DQB1*05:01"),
            hap(12, "A*01:01", "C*06:02", "B*57:01", "DRB1*07:01", "DQB1*03:03"),
            hap(10, "A*02:01", "C*03:03", "B*15:01", "DRB1*04:01", "DQB1*03:02"),
            hap(10, "A*02:01", "C*07:01", "B*18:01", "DRB1*11:04", "DQB1*03:01"),
            hap(8, "A*26:01", "C*12:03", "B*38:01", "DRB1*04:02", "DQB1*03:02"),
            hap(8, "A*24:02", "C*07:02", "B*07:02", "DRB1*15:01", "DQB1*06:02"),
            // East and Southeast Asian
            hap(15, "A*33:03", "C*03:02", "B*58:01", "DRB1*03:01", "DQB1*02:01"),
            hap(12, "A*24:02", "C*12:02", "B*52:01", "DRB1*15:02", "DQB1*06:01"),
            hap(12, "A*02:07", "C*01:02", "B*46:01", "DRB1*09:01", "DQB1*03:03"),
            hap(10, "A*33:03", "C*14:03", "B*44:03", "DRB1*13:02", "DQB1*06:04"),
            hap(10, "A*24:02", "C*01:02", "B*54:01", "DRB1*04:05", "DQB1*04:01"),
            hap(8, "A*11:01", "C*08:01", "B*15:02", "DRB1*12:02", "DQB1*03:01"),
            hap(8, "A*02:06", "C*01:02", "B*59:01", "DRB1*04:05", "DQB1*04:01"));

    /** The serological antigen of each allele above (as rel_dna_ser.txt assigns it), for the old serology typings. */
    static final Map<String, String> SEROLOGY = Map.ofEntries(
            Map.entry("A*01:01", "A1"),
            Map.entry("A*02:01", "A2"),
            Map.entry("A*02:06", "A2"),
            Map.entry("A*02:07", "A2"),
            Map.entry("A*03:01", "A3"),
            Map.entry("A*11:01", "A11"),
            Map.entry("A*24:02", "A24"),
            Map.entry("A*26:01", "A26"),
            Map.entry("A*29:02", "A29"),
            Map.entry("A*30:01", "A30"),
            Map.entry("A*33:03", "A33"),
            Map.entry("B*07:02", "B7"),
            Map.entry("B*08:01", "B8"),
            Map.entry("B*13:02", "B13"),
            Map.entry("B*15:01", "B62"),
            Map.entry("B*15:02", "B75"),
            Map.entry("B*18:01", "B18"),
            Map.entry("B*35:01", "B35"),
            Map.entry("B*38:01", "B38"),
            Map.entry("B*40:01", "B60"),
            Map.entry("B*44:02", "B44"),
            Map.entry("B*44:03", "B44"),
            Map.entry("B*46:01", "B46"),
            Map.entry("B*52:01", "B52"),
            Map.entry("B*54:01", "B54"),
            Map.entry("B*57:01", "B57"),
            Map.entry("B*58:01", "B58"),
            Map.entry("B*59:01", "B59"),
            Map.entry("DRB1*01:01", "DR1"),
            Map.entry("DRB1*03:01", "DR17"),
            Map.entry("DRB1*04:01", "DR4"),
            Map.entry("DRB1*04:02", "DR4"),
            Map.entry("DRB1*04:05", "DR4"),
            Map.entry("DRB1*07:01", "DR7"),
            Map.entry("DRB1*09:01", "DR9"),
            Map.entry("DRB1*11:04", "DR11"),
            Map.entry("DRB1*12:02", "DR12"),
            Map.entry("DRB1*13:02", "DR13"),
            Map.entry("DRB1*15:01", "DR15"),
            Map.entry("DRB1*15:02", "DR15"));

    private static final int TOTAL_WEIGHT =
            HAPLOTYPES.stream().mapToInt(Haplotype::weight).sum();

    private final Random random;

    DemoTypings(long seed) {
        this.random = new Random(seed);
    }

    /** Two haplotypes drawn by weight. */
    List<Haplotype> person() {
        return List.of(draw(), draw());
    }

    /** The person's typing at the given resolution, as a GL string. */
    static String typing(List<Haplotype> person, Resolution resolution) {
        List<String> loci = new ArrayList<>();
        for (int l = 0; l < 5; l++) {
            String first = person.get(0).alleles().get(l);
            String second = person.get(1).alleles().get(l);
            boolean serologyLocus = first.startsWith("A*") || first.startsWith("B*") || first.startsWith("DRB1*");
            switch (resolution) {
                case HIGH -> loci.add(first + "+" + second);
                case INTERMEDIATE -> loci.add(intermediate(first) + "+" + intermediate(second));
                case SEROLOGY -> {
                    if (serologyLocus) {
                        loci.add(SEROLOGY.get(first) + "+" + SEROLOGY.get(second));
                    }
                }
            }
        }
        return String.join("^", loci);
    }

    /**
     * An intermediate-resolution name: an allele list with another allele of the same first field from the list
     * above (as SSO typing leaves it), or the first field's XX code when there is none.
     */
    static String intermediate(String allele) {
        String group = allele.substring(0, allele.indexOf(':'));
        return HAPLOTYPES.stream()
                .flatMap(h -> h.alleles().stream())
                .filter(a -> a.startsWith(group + ":") && !a.equals(allele))
                .sorted()
                .findFirst()
                .map(other -> allele + "/" + other)
                .orElse(group + ":XX");
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private Haplotype draw() {
        int r = random.nextInt(TOTAL_WEIGHT);
        for (Haplotype h : HAPLOTYPES) {
            r -= h.weight();
            if (r < 0) {
                return h;
            }
        }
        throw new IllegalStateException("weights add up to " + TOTAL_WEIGHT);
    }

    private static Haplotype hap(int weight, String... alleles) {
        return new Haplotype(List.of(alleles), weight);
    }
}
