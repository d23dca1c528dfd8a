package org.genobay.bench.donors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.genobay.hla.HlaRelease;

/**
 * A synthetic donor registry: each donor is two haplotypes drawn from real five-locus frequencies ({@link
 * HaplotypeSampler}), plus DPB1 from {@link #DPB1} where typed, written at a resolution drawn per donor:
 *
 * <ul>
 *   <li>40% high resolution: two-field names, a quarter of them at allele level (the first full allele of the name);
 *   <li>25% ambiguous: per position a {@code /} list of the name and one or two other two-field names of its G group,
 *       or of its first field when the group has no other; two fixed lists per name, as a MAC code always stands for
 *       the same names (what MAC codes and SSO/SSP typings give);
 *   <li>20% intermediate: XX codes ({@code A*02:XX});
 *   <li>15% serology: the allele's antigen at A, B and DRB1 only (older typings: C and DQB1 untyped);
 *   <li>DQB1 untyped for 10% of the molecular donors; DPB1 typed for 30% of high-resolution donors and 5% of the
 *       others (registries type DPB1 rarely).
 * </ul>
 *
 * <p>Donor {@code i} is drawn from its own random stream (seed and index), so any donor can be regenerated alone. Every
 * fifth donor is a cord-blood unit. Patients are drawn the same way at two-field resolution, all six loci typed.
 */
final class SyntheticRegistry {
    /** DPB1 two-field frequencies, approximate and rounded for European populations (illustrative, renormalized). */
    static final Map<String, Double> DPB1 = Map.ofEntries(
            Map.entry("DPB1*04:01", 0.40),
            Map.entry("DPB1*04:02", 0.11),
            Map.entry("DPB1*02:01", 0.11),
            Map.entry("DPB1*03:01", 0.10),
            Map.entry("DPB1*01:01", 0.05),
            Map.entry("DPB1*05:01", 0.02),
            Map.entry("DPB1*14:01", 0.03),
            Map.entry("DPB1*11:01", 0.03),
            Map.entry("DPB1*10:01", 0.03),
            Map.entry("DPB1*13:01", 0.03),
            Map.entry("DPB1*06:01", 0.02),
            Map.entry("DPB1*17:01", 0.02),
            Map.entry("DPB1*09:01", 0.02),
            Map.entry("DPB1*15:01", 0.01),
            Map.entry("DPB1*19:01", 0.01),
            Map.entry("DPB1*20:01", 0.01));

    private static final int A = 0;
    private static final int C = 1;
    private static final int B = 2;
    private static final int DRB1 = 3;
    private static final int DQB1 = 4;

    private final HlaRelease release;
    private final HaplotypeSampler haplotypes;
    private final long seed;
    private final String[] dpb1Names;
    private final double[] dpb1Cumulative;
    private final Map<String, Forms> forms = new HashMap<>();

    SyntheticRegistry(HlaRelease release, HaplotypeSampler haplotypes, long seed) {
        this.release = release;
        this.haplotypes = haplotypes;
        this.seed = seed;
        this.dpb1Names = DPB1.keySet().stream().sorted().toArray(String[]::new);
        this.dpb1Cumulative = new double[dpb1Names.length];
        double total = DPB1.values().stream().mapToDouble(Double::doubleValue).sum();
        double sum = 0;
        for (int i = 0; i < dpb1Names.length; i++) {
            sum += DPB1.get(dpb1Names[i]) / total;
            dpb1Cumulative[i] = sum;
        }
    }

    /** Whether donor {@code i} is a cord-blood unit (every fifth). */
    static boolean cordBloodUnit(long i) {
        return i % 5 == 4;
    }

    /** Donor {@code i}'s typing as a GL string; the same for the same seed and index. Not thread-safe. */
    String donor(long i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String[] first = haplotypes.draw(random);
        String[] second = haplotypes.draw(random);
        double r = random.nextDouble();
        Resolution resolution = r < 0.40
                ? Resolution.HIGH
                : r < 0.65 ? Resolution.AMBIGUOUS : r < 0.85 ? Resolution.INTERMEDIATE : Resolution.SEROLOGY;
        boolean alleleLevel = resolution == Resolution.HIGH && random.nextInt(4) == 0;
        List<String> loci = new ArrayList<>(6);
        for (int locus : new int[] {A, B, C, DRB1, DQB1}) {
            if (resolution == Resolution.SEROLOGY && (locus == C || locus == DQB1)) {
                continue;
            }
            if (locus == DQB1 && random.nextInt(10) == 0) {
                continue;
            }
            loci.add(write(first[locus], resolution, alleleLevel, random) + "+"
                    + write(second[locus], resolution, alleleLevel, random));
        }
        boolean dpb1 = random.nextDouble() < (resolution == Resolution.HIGH ? 0.30 : 0.05);
        if (dpb1 && resolution != Resolution.SEROLOGY) {
            loci.add(write(dpb1(random), resolution, alleleLevel, random) + "+"
                    + write(dpb1(random), resolution, alleleLevel, random));
        }
        return String.join("^", loci);
    }

    /** Patient {@code i}: two haplotypes and DPB1 at two-field resolution, from a stream apart from the donors'. */
    String patient(long i) {
        SplittableRandom random = new SplittableRandom(~seed * 0x9E3779B97F4A7C15L + i);
        String[] first = haplotypes.draw(random);
        String[] second = haplotypes.draw(random);
        List<String> loci = new ArrayList<>(6);
        for (int locus : new int[] {A, B, C, DRB1, DQB1}) {
            loci.add(first[locus] + "+" + second[locus]);
        }
        loci.add(dpb1(random) + "+" + dpb1(random));
        return String.join("^", loci);
    }

    private String dpb1(SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < dpb1Cumulative.length; i++) {
            if (r < dpb1Cumulative[i]) {
                return dpb1Names[i];
            }
        }
        return dpb1Names[dpb1Names.length - 1];
    }

    private String write(String name, Resolution resolution, boolean alleleLevel, SplittableRandom random) {
        Forms f = forms.computeIfAbsent(name, this::forms);
        switch (resolution) {
            case HIGH:
                return alleleLevel ? f.alleleLevel : name;
            case AMBIGUOUS:
                return f.list(random);
            case INTERMEDIATE:
                return f.xx;
            default:
                return f.antigen.orElse(f.xx);
        }
    }

    private Forms forms(String name) {
        List<String> full = release.fullAllelesOf(name);
        if (full.isEmpty()) {
            throw new IllegalArgumentException(
                    "haplotype allele '" + name + "' is not an allele of IMGT/HLA " + release.version());
        }
        String first = full.stream()
                .filter(a -> Character.isDigit(a.charAt(a.length() - 1)))
                .findFirst()
                .orElse(full.get(0));
        String firstField = name.substring(0, name.indexOf(':'));
        if (name.endsWith("N")) {
            // a null allele is written as itself at every resolution: no code or antigen stands for "not expressed"
            return new Forms(name, first, name, List.of(), Optional.empty());
        }
        Set<String> relatives = new LinkedHashSet<>();
        release.gGroupOf(first).ifPresent(g -> release.gGroupMembers(g).stream()
                .filter(a -> !a.endsWith("N"))
                .map(SyntheticRegistry::twoFields)
                .forEach(relatives::add));
        if (relatives.size() < 2) {
            release.xxNames(firstField).stream().limit(6).forEach(relatives::add);
        }
        relatives.remove(name);
        // a two-field shortening the parser does not take as a name (an allele with an expression suffix) is left out
        relatives.removeIf(
                n -> !release.isValidName(n) || release.fullAllelesOf(n).isEmpty());
        Optional<String> antigen = release.antigensOf(first).stream()
                .filter(a -> release.splitsOf(a).isEmpty())
                .findFirst();
        return new Forms(name, first, firstField + ":XX", List.copyOf(relatives), antigen);
    }

    private static String twoFields(String allele) {
        int first = allele.indexOf(':');
        int second = allele.indexOf(':', first + 1);
        String two = second < 0 ? allele : allele.substring(0, second);
        char last = two.charAt(two.length() - 1);
        return Character.isLetter(last) ? two.substring(0, two.length() - 1) : two;
    }

    private enum Resolution {
        HIGH,
        AMBIGUOUS,
        INTERMEDIATE,
        SEROLOGY
    }

    /** The ways one two-field name is written at each resolution. */
    private record Forms(String name, String alleleLevel, String xx, List<String> relatives, Optional<String> antigen) {
        /**
         * One of two fixed lists, as a MAC code always stands for the same names: the name with its first relative,
         * or with its first two.
         */
        String list(SplittableRandom random) {
            if (relatives.isEmpty()) {
                return name;
            }
            int others = Math.min(relatives.size(), 1 + random.nextInt(2));
            return name + "/" + String.join("/", relatives.subList(0, others));
        }
    }
}
