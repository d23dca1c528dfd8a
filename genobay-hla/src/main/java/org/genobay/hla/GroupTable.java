package org.genobay.hla;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The G groups ({@code hla_nom_g.txt}) or P groups ({@code hla_nom_p.txt}) of a release: which group each allele is
 * in, which alleles each group holds, and which groups a shortened name (two or three fields) falls into.
 *
 * <p>Each group also has a two-field "lgx" name: the first two fields of its first (lowest-numbered) allele. That is
 * py-ard's lg/lgx reduction; it can differ from the group's own name when IMGT kept an old name after a lower-numbered
 * allele joined ({@code C*02:10:01G} starts with {@code C*02:02:37}, so its lgx name is {@code C*02:02}).
 */
final class GroupTable {
    private final char suffix;
    private final Map<String, String> groupOfAllele;
    private final Map<String, List<String>> membersOfGroup;
    private final Map<String, List<String>> groupsOfShortName;
    private final Map<String, String> lgxOfGroup;

    private GroupTable(Builder b) {
        this.suffix = b.suffix;
        this.groupOfAllele = Map.copyOf(b.groupOfAllele);
        Map<String, List<String>> members = new HashMap<>();
        b.membersOfGroup.forEach((g, m) -> members.put(g, List.copyOf(m)));
        this.membersOfGroup = Map.copyOf(members);
        Map<String, List<String>> shortNames = new HashMap<>();
        b.groupsOfShortName.forEach((name, groups) -> shortNames.put(name, List.copyOf(groups)));
        this.groupsOfShortName = Map.copyOf(shortNames);
        this.lgxOfGroup = Map.copyOf(b.lgxOfGroup);
    }

    /** {@code 'G'} or {@code 'P'}. */
    char suffix() {
        return suffix;
    }

    boolean isGroup(String name) {
        return membersOfGroup.containsKey(name);
    }

    Optional<String> groupOf(String allele) {
        return Optional.ofNullable(groupOfAllele.get(allele));
    }

    List<String> members(String group) {
        return membersOfGroup.getOrDefault(group, List.of());
    }

    Set<String> groups() {
        return membersOfGroup.keySet();
    }

    /**
     * The groups a name falls into: its own group for a listed allele, every group holding an allele that the name
     * shortens (in file order, which is numeric order), or nothing.
     */
    List<String> groupsOf(String name) {
        String own = groupOfAllele.get(name);
        if (own != null) {
            return List.of(own);
        }
        return groupsOfShortName.getOrDefault(name, List.of());
    }

    String lgxName(String group) {
        return lgxOfGroup.get(group);
    }

    static Builder builder(char suffix) {
        return new Builder(suffix);
    }

    static final class Builder {
        private final char suffix;
        private final Map<String, String> groupOfAllele = new HashMap<>();
        private final Map<String, List<String>> membersOfGroup = new LinkedHashMap<>();
        private final Map<String, Set<String>> groupsOfShortName = new HashMap<>();
        private final Map<String, String> lgxOfGroup = new HashMap<>();

        private Builder(char suffix) {
            this.suffix = suffix;
        }

        /** One line of the file: {@code A*;01:01:01:01/01:01:01:03;01:01:01G}; lines with no group name add nothing. */
        void line(String line) {
            String[] f = WmdaFile.fields(line, ';', 3, 3);
            String locus = f[0];
            if (!locus.endsWith("*")) {
                throw new IllegalArgumentException("locus '" + locus + "' does not end with '*'");
            }
            if (f[2].isEmpty()) {
                return;
            }
            String group = locus + f[2];
            if (group.charAt(group.length() - 1) != suffix) {
                throw new IllegalArgumentException("group name '" + group + "' does not end with " + suffix);
            }
            List<String> members = new ArrayList<>();
            for (String field : f[1].split("/")) {
                String allele = locus + field;
                NameText.requireAlleleName(allele);
                members.add(allele);
                groupOfAllele.put(allele, group);
                for (int n = 2; n <= 3; n++) {
                    String shortName = NameText.truncate(allele, n);
                    if (!shortName.equals(allele)) {
                        groupsOfShortName
                                .computeIfAbsent(shortName, k -> new LinkedHashSet<>())
                                .add(group);
                    }
                }
            }
            membersOfGroup.put(group, members);
            lgxOfGroup.put(group, NameText.truncate(NameText.withoutExpression(members.get(0)), 2));
        }

        GroupTable build() {
            return new GroupTable(this);
        }
    }
}
