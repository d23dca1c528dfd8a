package org.genobay.hla;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Serological antigens of a release: which antigens each allele is associated with ({@code rel_dna_ser.txt}: the
 * unambiguous, possible and assumed columns, as py-ard reads them), and how antigens relate ({@code rel_ser_ser.txt}:
 * broads and their splits, associated antigens). A broad antigen's alleles include those of its splits.
 */
final class SerologyTable {
    private final Map<String, Set<String>> antigensOfAllele;
    private final Map<String, List<String>> allelesOfAntigen;
    private final Map<String, List<String>> splitsOfBroad;
    private final Map<String, String> broadOfSplit;
    private final Map<String, String> parentOfAssociated;
    private final Map<String, String> hats;

    private SerologyTable(Builder b) {
        Map<String, Set<String>> direct = new HashMap<>();
        b.allelesOfAntigen.forEach((antigen, alleles) -> direct.put(antigen, new LinkedHashSet<>(alleles)));
        // a broad antigen stands for its splits too (py-ard: serology A9 expands to the alleles of A23 and A24)
        b.splitsOfBroad.forEach((broad, splits) -> {
            for (String split : splits) {
                Set<String> ofSplit = b.allelesOfAntigen.get(split);
                if (ofSplit != null) {
                    direct.computeIfAbsent(broad, k -> new LinkedHashSet<>()).addAll(ofSplit);
                }
            }
        });
        Map<String, List<String>> alleles = new HashMap<>();
        Map<String, Set<String>> antigens = new HashMap<>();
        direct.forEach((antigen, set) -> {
            alleles.put(antigen, List.copyOf(set));
            for (String allele : set) {
                antigens.computeIfAbsent(allele, k -> new TreeSet<>()).add(antigen);
            }
        });
        this.allelesOfAntigen = Map.copyOf(alleles);
        Map<String, Set<String>> frozen = new HashMap<>();
        antigens.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        this.antigensOfAllele = Map.copyOf(frozen);
        Map<String, List<String>> splits = new HashMap<>();
        b.splitsOfBroad.forEach((k, v) -> splits.put(k, List.copyOf(v)));
        this.splitsOfBroad = Map.copyOf(splits);
        this.broadOfSplit = Map.copyOf(b.broadOfSplit);
        this.parentOfAssociated = Map.copyOf(b.parentOfAssociated);
        this.hats = Map.copyOf(b.hats);
    }

    boolean isAntigen(String antigen) {
        return allelesOfAntigen.containsKey(antigen)
                || splitsOfBroad.containsKey(antigen)
                || parentOfAssociated.containsKey(antigen);
    }

    /** The antigens whose allele lists name this allele literally (a broad counts when a split does). */
    Set<String> antigensOf(String allele) {
        return antigensOfAllele.getOrDefault(allele, Set.of());
    }

    List<String> allelesOf(String antigen) {
        return allelesOfAntigen.getOrDefault(antigen, List.of());
    }

    Map<String, List<String>> allelesByAntigen() {
        return allelesOfAntigen;
    }

    List<String> splitsOf(String broad) {
        return splitsOfBroad.getOrDefault(broad, List.of());
    }

    Map<String, List<String>> splitsByBroad() {
        return splitsOfBroad;
    }

    Optional<String> broadOf(String split) {
        return Optional.ofNullable(broadOfSplit.get(split));
    }

    Optional<String> parentOfAssociated(String antigen) {
        return Optional.ofNullable(parentOfAssociated.get(antigen));
    }

    /** The 7th column of the 2026 {@code rel_dna_ser.txt} layout for this allele, kept as the file gives it. */
    Optional<String> hats(String allele) {
        return Optional.ofNullable(hats.get(allele));
    }

    /** {@code A*} to {@code A}, {@code C*} to {@code Cw}, {@code DRB1*} to {@code DR}: py-ard's first two letters. */
    static String serologyLocus(String dnaLocus) {
        String locus = dnaLocus.endsWith("*") ? dnaLocus.substring(0, dnaLocus.length() - 1) : dnaLocus;
        if (locus.equals("C")) {
            return "Cw";
        }
        return locus.length() <= 2 ? locus : locus.substring(0, 2);
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final Map<String, Set<String>> allelesOfAntigen = new HashMap<>();
        private final Map<String, List<String>> splitsOfBroad = new HashMap<>();
        private final Map<String, String> broadOfSplit = new HashMap<>();
        private final Map<String, String> parentOfAssociated = new HashMap<>();
        private final Map<String, String> hats = new HashMap<>();

        /**
         * One line of {@code rel_dna_ser.txt}: {@code locus;allele;unambiguous;possible;assumed;expert} in the old
         * layout, with a 7th column (HATS) in the 2026 one.
         */
        void dnaSerologyLine(String line) {
            String[] f = WmdaFile.fields(line, ';', 6, 7);
            String allele = f[0] + f[1];
            NameText.requireAlleleName(allele);
            String prefix = serologyLocus(f[0]);
            for (int column = 2; column <= 4; column++) {
                for (String value : f[column].split("/")) {
                    if (!value.isEmpty() && !value.equals("0") && !value.equals("?")) {
                        allelesOfAntigen
                                .computeIfAbsent(prefix + value, k -> new LinkedHashSet<>())
                                .add(allele);
                    }
                }
            }
            if (f.length == 7 && !f[6].isEmpty()) {
                hats.put(allele, f[6]);
            }
        }

        /** One line of {@code rel_ser_ser.txt}: {@code locus;antigen;splits;associated}. */
        void serologyRelationLine(String line) {
            String[] f = WmdaFile.fields(line, ';', 4, 4);
            String antigen = f[0] + f[1];
            List<String> splits = new ArrayList<>();
            for (String split : f[2].split("/")) {
                if (!split.isEmpty()) {
                    splits.add(f[0] + split);
                    broadOfSplit.put(f[0] + split, antigen);
                }
            }
            if (!splits.isEmpty()) {
                splitsOfBroad.put(antigen, splits);
            }
            for (String associated : f[3].split("/")) {
                if (!associated.isEmpty()) {
                    parentOfAssociated.put(f[0] + associated, antigen);
                }
            }
        }

        SerologyTable build() {
            return new SerologyTable(this);
        }
    }
}
