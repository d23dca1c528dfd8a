package org.genobay.hla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an IPD-IMGT/HLA release from a directory holding its files as IMGT publishes them: {@code wmda/hla_nom.txt},
 * {@code wmda/hla_nom_g.txt}, {@code wmda/hla_nom_p.txt}, {@code wmda/rel_dna_ser.txt}, {@code wmda/rel_ser_ser.txt},
 * {@code Allelelist.txt} and, when present, {@code tce/dpb_tce.csv} (each may also lie directly in the directory).
 *
 * <p>IMGT/HLA data is CC BY-ND: Genobay reads a release where the user keeps it and ships no copy.
 */
public final class ImgtReleaseReader {
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Map<String, String> DNA_LOCUS_OF_SEROLOGY =
            Map.of("A", "A", "B", "B", "Cw", "C", "DR", "DRB1", "DQ", "DQB1");

    private ImgtReleaseReader() {}

    /**
     * Finds a release under {@code root}: {@code root} itself when it holds the files, else {@code root/<release>}
     * ({@code 3.44.0} or {@code 3440}); without a release, the newest numbered subdirectory.
     */
    public static Path locate(Path root, Optional<String> release) {
        if (!Files.isDirectory(root)) {
            throw new ReleaseNotFoundException("IMGT/HLA directory " + root + " does not exist");
        }
        if (holdsRelease(root)) {
            return root;
        }
        if (release.isPresent()) {
            String wanted = release.get();
            for (String name : List.of(wanted, wanted.replace(".", ""), dotted(wanted))) {
                Path dir = root.resolve(name);
                if (holdsRelease(dir)) {
                    return dir;
                }
            }
            throw new ReleaseNotFoundException("IMGT/HLA release " + wanted + " is not in " + root + " (found: "
                    + String.join(", ", releasesIn(root)) + ")");
        }
        List<String> found = releasesIn(root);
        if (found.isEmpty()) {
            throw new ReleaseNotFoundException("no IMGT/HLA release in " + root
                    + ": expected wmda/hla_nom.txt there or in a subdirectory named for the release, e.g. 3.58.0");
        }
        return root.resolve(found.get(found.size() - 1));
    }

    /** Reads the release in {@code directory} (see {@link #locate}). */
    public static HlaRelease read(Path directory) {
        WmdaFile nom = new WmdaFile(find(directory, "hla_nom.txt", true).orElseThrow());
        Map<String, DeletedAllele> deleted = new HashMap<>();
        nom.read((line, n) -> readNomenclatureLine(line, deleted));

        Set<String> alleles = new LinkedHashSet<>();
        WmdaFile list = new WmdaFile(find(directory, "Allelelist.txt", true).orElseThrow());
        list.read((line, n) -> {
            if (line.startsWith("AlleleID")) {
                return;
            }
            String[] f = WmdaFile.fields(line, ',', 2, 2);
            NameText.requireAlleleName(f[1]);
            alleles.add(f[1]);
        });

        GroupTable.Builder g = GroupTable.builder('G');
        new WmdaFile(find(directory, "hla_nom_g.txt", true).orElseThrow()).read((line, n) -> g.line(line));
        GroupTable.Builder p = GroupTable.builder('P');
        new WmdaFile(find(directory, "hla_nom_p.txt", true).orElseThrow()).read((line, n) -> p.line(line));

        SerologyTable.Builder serology = SerologyTable.builder();
        new WmdaFile(find(directory, "rel_dna_ser.txt", true).orElseThrow())
                .read((line, n) -> serology.dnaSerologyLine(line));
        Map<String, List<String>> splits = new HashMap<>();
        new WmdaFile(find(directory, "rel_ser_ser.txt", true).orElseThrow()).read((line, n) -> {
            serology.serologyRelationLine(line);
            String[] f = WmdaFile.fields(line, ';', 4, 4);
            if (!f[2].isEmpty()) {
                splits.put(f[0] + ";" + f[1], List.of(f[2].split("/")));
            }
        });

        Map<String, DpbTce> tce = new HashMap<>();
        Optional<Path> tceFile = find(directory, "dpb_tce.csv", false);
        tceFile.ifPresent(path -> new WmdaFile(path).read((line, n) -> {
            if (line.startsWith("Allele,")) {
                return;
            }
            String[] f = line.split(",", -1);
            if (f.length < 4) {
                throw new IllegalArgumentException(
                        "expected allele,protein,V1,V2[,comments], found " + f.length + " fields");
            }
            tce.put(f[0], new DpbTce(f[0], f[1], f[2], f[3]));
        }));

        GroupTable gGroups = g.build();
        GroupTable pGroups = p.build();
        String version = nom.version().orElseGet(() -> directory.getFileName().toString());
        return new HlaRelease(
                version,
                alleles,
                validNames(alleles),
                deleted,
                gGroups,
                pGroups,
                serology.build(),
                tce,
                xxCodes(alleles, splits),
                allelesByShortName(alleles, gGroups, pGroups),
                shortNulls(alleles));
    }

    private static void readNomenclatureLine(String line, Map<String, DeletedAllele> deleted) {
        String[] f = WmdaFile.fields(line, ';', 6, 6);
        if (!f[0].endsWith("*") || f[3].isEmpty()) {
            return; // an antigen, or a current allele (Allelelist.txt is the list of those)
        }
        String name = f[0] + f[1];
        // hla_nom.txt names the replacement under the deleted name's locus, which for old "Cw*" names is now "C*"
        String locus = f[0].equals("Cw*") ? "C*" : f[0];
        Optional<String> identical = f[4].isEmpty() ? Optional.empty() : Optional.of(locus + f[4]);
        deleted.put(name, new DeletedAllele(name, f[3], identical, f[5]));
    }

    /** Every full name, its two- and three-field shortenings, and two-field names with a shared expression suffix. */
    private static Set<String> validNames(Set<String> alleles) {
        Set<String> names = new HashSet<>(alleles);
        Map<String, Set<Character>> suffixes = new HashMap<>();
        for (String allele : alleles) {
            names.add(NameText.truncate(allele, 2));
            names.add(NameText.truncate(allele, 3));
            if (NameText.hasExpression(allele) && NameText.fieldCount(allele) > 2) {
                suffixes.computeIfAbsent(NameText.truncate(allele, 2), k -> new HashSet<>())
                        .add(allele.charAt(allele.length() - 1));
            }
        }
        suffixes.forEach((twoField, chars) -> {
            if (chars.size() == 1) {
                names.add(twoField + chars.iterator().next());
            }
        });
        return names;
    }

    private static Map<String, List<String>> xxCodes(Set<String> alleles, Map<String, List<String>> splits) {
        Map<String, Set<String>> codes = new HashMap<>();
        for (String allele : alleles) {
            codes.computeIfAbsent(NameText.truncate(allele, 1), k -> new LinkedHashSet<>())
                    .add(NameText.truncate(allele, 2));
        }
        // a broad's XX code stands for its splits' alleles too: A*09:XX is A*23:XX or A*24:XX
        splits.forEach((broad, splitNumbers) -> {
            String[] f = broad.split(";");
            String dnaLocus = DNA_LOCUS_OF_SEROLOGY.get(f[0]);
            if (dnaLocus == null) {
                return;
            }
            Set<String> union = new LinkedHashSet<>();
            for (String split : splitNumbers) {
                union.addAll(codes.getOrDefault(dnaLocus + "*" + twoDigits(split), Set.of()));
            }
            if (!union.isEmpty()) {
                codes.computeIfAbsent(dnaLocus + "*" + twoDigits(f[1]), k -> new LinkedHashSet<>())
                        .addAll(union);
            }
        });
        Map<String, List<String>> sorted = new HashMap<>();
        codes.forEach(
                (k, v) -> sorted.put(k, v.stream().sorted(AlleleOrder.INSTANCE).toList()));
        return sorted;
    }

    private static Map<String, List<String>> allelesByShortName(Set<String> alleles, GroupTable g, GroupTable p) {
        Map<String, List<String>> byName = new HashMap<>();
        for (String allele : alleles) {
            for (int n = 1; n <= 3; n++) {
                String shortName = NameText.truncate(allele, n);
                if (!shortName.equals(allele)) {
                    byName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(allele);
                }
            }
        }
        for (GroupTable table : List.of(g, p)) {
            for (String group : table.groups()) {
                byName.put(group, table.members(group));
            }
        }
        return byName;
    }

    private static Map<String, List<String>> shortNulls(Set<String> alleles) {
        Map<String, List<String>> shortNulls = new HashMap<>();
        for (String allele : alleles) {
            if (!NameText.hasExpression(allele)) {
                continue;
            }
            char suffix = allele.charAt(allele.length() - 1);
            for (int n = 2; n <= 3; n++) {
                String shortName = NameText.truncate(allele, n);
                if (!shortName.equals(allele)) {
                    shortNulls
                            .computeIfAbsent(shortName + suffix, k -> new ArrayList<>())
                            .add(allele);
                }
            }
        }
        return shortNulls;
    }

    private static Optional<Path> find(Path directory, String name, boolean required) {
        for (Path candidate : List.of(
                directory.resolve("wmda").resolve(name),
                directory.resolve(name),
                directory.resolve("tce").resolve(name))) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        if (required) {
            throw new ReleaseNotFoundException("IMGT/HLA release in " + directory + " has no " + name + " (looked in "
                    + directory.resolve("wmda") + " and " + directory + ")");
        }
        return Optional.empty();
    }

    private static boolean holdsRelease(Path dir) {
        return Files.isRegularFile(dir.resolve("wmda").resolve("hla_nom.txt"))
                || Files.isRegularFile(dir.resolve("hla_nom.txt"));
    }

    private static List<String> releasesIn(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(ImgtReleaseReader::holdsRelease)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> VERSION.matcher(dotted(name)).matches())
                    .sorted(Comparator.comparing(ImgtReleaseReader::versionKey))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    /** {@code 3440} to {@code 3.44.0}; a dotted name is returned as it is. */
    private static String dotted(String release) {
        if (release.contains(".") || release.length() < 3 || !release.chars().allMatch(Character::isDigit)) {
            return release;
        }
        return release.charAt(0) + "." + release.substring(1, release.length() - 1) + "."
                + release.charAt(release.length() - 1);
    }

    private static String versionKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String part : dotted(name).split("\\.")) {
            key.append(String.format("%06d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
