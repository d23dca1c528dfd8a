package org.genobay.hla;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reduces parsed typings to a level ({@link Reduction}) with py-ard's semantics, and writes the result as a GL string:
 * {@code /} lists are made unique and sorted ({@link AlleleOrder}), {@code +} pairs sorted, {@code ~} haplotypes kept
 * in order, {@code |} and {@code ^} unique and sorted. Serology, XX and MAC codes are expanded to their alleles first.
 *
 * <p>"ping" (py-ard's option): at lg, lgx and U2, an allele that is in a P group but whose two-field name is in no G
 * group reduces to its P group's two-field name, e.g. {@code C*06:17} to {@code C*06:02}. Off by default, as in
 * py-ard.
 *
 * <p>Thread-safe; the lgx index behind serology reduction is built once, in the constructor.
 */
public final class Reducer {
    private final HlaRelease release;
    private final boolean ping;
    private final Map<String, String> pingTwoField;
    private final Map<String, Set<String>> antigensOfLgx;

    public Reducer(HlaRelease release) {
        this(release, false);
    }

    public Reducer(HlaRelease release, boolean ping) {
        this.release = release;
        this.ping = ping;
        this.pingTwoField = ping ? pingTable(release) : Map.of();
        this.antigensOfLgx = antigensOfLgx();
    }

    public HlaRelease release() {
        return release;
    }

    /** The typing reduced to {@code level}, written as a GL string. */
    public String reduce(GlString typing, Reduction level) {
        if (typing instanceof Typing t) {
            return String.join("/", sorted(reduceTerm(t, level)));
        }
        GlNode node = (GlNode) typing;
        List<String> parts = new ArrayList<>();
        for (GlString part : node.parts()) {
            parts.add(reduce(part, level));
        }
        String symbol = String.valueOf(node.operator().symbol());
        switch (node.operator()) {
            case HAPLOTYPE:
                return String.join(symbol, parts);
            case GENOTYPE:
                return String.join(
                        symbol,
                        parts.stream()
                                .filter(p -> !p.isEmpty())
                                .sorted(AlleleOrder.INSTANCE)
                                .toList());
            case ALLELES:
                Set<String> unique = new LinkedHashSet<>();
                for (String part : parts) {
                    unique.addAll(List.of(part.split("/")));
                }
                unique.remove("");
                return String.join(symbol, sorted(unique));
            default:
                return String.join(symbol, sorted(new LinkedHashSet<>(parts)));
        }
    }

    /** The alleles (or antigens, for {@link Reduction#S}) one term reduces to, with its {@code HLA-} prefix if any. */
    List<String> reduceTerm(Typing typing, Reduction level) {
        Collection<String> reduced;
        if (typing instanceof Typing.Allele a) {
            reduced = reduceAlleleOrShortNull(a.name().toString(), level);
        } else if (typing instanceof Typing.Group g) {
            reduced = reduceGroup(g, level);
        } else if (typing instanceof Typing.Xx x) {
            reduced = reduceAll(release.xxCode(x.locusAndFirstField()), level);
        } else if (typing instanceof Typing.Mac m) {
            reduced = reduceAll(m.alleles(), level);
        } else {
            reduced = reduceAll(expandSerology(((Typing.Serology) typing).antigen()), level);
        }
        if (!typing.prefixed()) {
            return List.copyOf(reduced);
        }
        return reduced.stream().map(r -> "HLA-" + r).toList();
    }

    private Collection<String> reduceAll(Collection<String> alleles, Reduction level) {
        Set<String> out = new LinkedHashSet<>();
        for (String allele : alleles) {
            out.addAll(reduceAlleleOrShortNull(allele, level));
        }
        return out;
    }

    private List<String> expandSerology(String antigen) {
        List<String> alleles = new ArrayList<>();
        for (String allele : release.serology().allelesOf(antigen)) {
            if (release.isValidName(allele)) {
                alleles.add(allele);
            }
        }
        return alleles;
    }

    private Collection<String> reduceGroup(Typing.Group group, Reduction level) {
        String name = group.name();
        switch (level) {
            case G, LG, LGX, U2:
                // py-ard reads a group as the allele it is named after: A*02:01:01G as A*02:01:01
                return reduceAllele(name.substring(0, name.length() - 1), level);
            case P:
                if (group.kind() == 'P') {
                    return List.of(name);
                }
                return reduceAll(release.gGroupMembers(name), level);
            default:
                List<String> members = group.kind() == 'G' ? release.gGroupMembers(name) : release.pGroupMembers(name);
                return reduceAll(members, level);
        }
    }

    private Collection<String> reduceAlleleOrShortNull(String allele, Reduction level) {
        if (!release.isFullAllele(allele)) {
            var alleles = release.shortNull(allele);
            if (alleles.isPresent()) {
                return reduceAll(alleles.get(), level);
            }
        }
        return reduceAllele(allele, level);
    }

    /** One allele name, valid in the release, at one level. */
    Collection<String> reduceAllele(String allele, Reduction level) {
        return switch (level) {
            case G -> groupsOr(release.gGroups(), allele);
            case P -> groupsOr(release.pGroups(), allele);
            case LGX -> lgx(allele);
            case LG -> lgx(allele).stream().map(a -> a + "g").toList();
            case EXON -> List.of(NameText.truncate(allele, 3));
            case W -> who(allele);
            case U2 -> u2(allele);
            case S -> serology(allele);
        };
    }

    private static List<String> groupsOr(GroupTable table, String allele) {
        List<String> groups = table.groupsOf(allele);
        return groups.isEmpty() ? List.of(allele) : groups;
    }

    private List<String> lgx(String allele) {
        if (ping) {
            String viaP = pingTwoField.get(allele);
            if (viaP != null) {
                return List.of(viaP);
            }
        }
        GroupTable g = release.gGroups();
        List<String> groups = g.groupsOf(allele);
        if (groups.isEmpty()) {
            return List.of(NameText.truncate(allele, 2));
        }
        Set<String> names = new LinkedHashSet<>();
        for (String group : groups) {
            names.add(g.lgxName(group));
        }
        return List.copyOf(names);
    }

    private List<String> who(String allele) {
        if (release.isFullAllele(allele)) {
            return List.of(allele);
        }
        List<String> alleles = release.allelesOf(allele);
        return alleles.isEmpty() ? List.of(allele) : alleles;
    }

    private List<String> u2(String allele) {
        if (NameText.fieldCount(allele) == 2) {
            return List.of(allele);
        }
        String twoField = NameText.truncateKeepingExpression(allele, 2);
        if (release.isValidName(twoField)) {
            return List.of(twoField);
        }
        return lgx(allele);
    }

    /**
     * py-ard's serology: the antigens whose allele lists name this allele; for a two-field name that none names, the
     * antigens whose alleles reduce (lgx) to it.
     */
    private Collection<String> serology(String allele) {
        Set<String> antigens = release.serology().antigensOf(allele);
        if (antigens.isEmpty() && NameText.fieldCount(allele) == 2) {
            antigens = antigensOfLgx.getOrDefault(allele, Set.of());
        }
        return antigens;
    }

    private Map<String, Set<String>> antigensOfLgx() {
        Map<String, Set<String>> index = new HashMap<>();
        release.serology().allelesByAntigen().forEach((antigen, alleles) -> {
            for (String allele : alleles) {
                for (String twoField : lgx(allele)) {
                    index.computeIfAbsent(twoField, k -> new TreeSet<>()).add(antigen);
                }
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** For "ping": P-group alleles whose two-field name is in no G group, to their P group's two-field name. */
    private static Map<String, String> pingTable(HlaRelease release) {
        Set<String> twoFieldInG = new HashSet<>();
        GroupTable g = release.gGroups();
        for (String group : g.groups()) {
            for (String member : g.members(group)) {
                twoFieldInG.add(NameText.truncate(member, 2));
            }
        }
        Map<String, String> table = new HashMap<>();
        GroupTable p = release.pGroups();
        for (String group : p.groups()) {
            String twoField = p.lgxName(group);
            for (String member : p.members(group)) {
                if (!twoFieldInG.contains(NameText.truncate(member, 2))) {
                    table.put(member, twoField);
                }
            }
        }
        return Map.copyOf(table);
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().distinct().sorted(AlleleOrder.INSTANCE).toList();
    }
}
