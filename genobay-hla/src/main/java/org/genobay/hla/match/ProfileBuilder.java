package org.genobay.hla.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.genobay.hla.DpbTce;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.Typing;

/**
 * Builds the {@link PositionProfile} of one position from its terms, against one release.
 *
 * <p>Null alleles: a position whose every alternative is null expresses nothing ({@code allNull}). A position with
 * some null and some expressed alternatives (an allele list such as {@code A*01:01/A*01:04N}, an XX or MAC code whose
 * names include a null one, a G group holding a null allele) is compared by its expressed alternatives and flagged
 * {@code possiblyNull}, which keeps its confidence at potential. Why: such typings are low resolution, the null is
 * the rare alternative, and registries (NMDP, Atlas) match them as expressed; the flag keeps the doubt visible
 * instead of letting a rare null turn every XX code into a possible mismatch. A name without a suffix ({@code
 * A*01:01}) stands for its expressed alleles only: WHO puts the {@code N} on the name of a null allele, so a lab that
 * means one writes it.
 */
final class ProfileBuilder {
    private final HlaRelease release;
    private final Ids ids;

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> full = new LinkedHashSet<>();
    private final Set<String> cdna = new LinkedHashSet<>();
    private final Set<String> protein = new LinkedHashSet<>();
    private final Set<String> g = new LinkedHashSet<>();
    private final Set<String> p = new LinkedHashSet<>();
    private final Set<String> antigens = new LinkedHashSet<>();
    private boolean serology;
    private boolean group;
    private boolean groupWithNull;
    private boolean singleCandidate;
    private int expressed;
    private int nulls;
    private int tce;

    ProfileBuilder(HlaRelease release, Ids ids) {
        this.release = release;
        this.ids = ids;
    }

    PositionProfile build(List<Typing> terms) {
        for (Typing term : terms) {
            add(term);
        }
        boolean allNull = expressed == 0 && nulls > 0;
        boolean possiblyNull = (expressed > 0 && nulls > 0) || groupWithNull;
        boolean molecular = !serology;
        boolean single = molecular && !group && nulls == 0 && names.size() == 1 && singleCandidate;
        int[][] molecularSets = {ids.sorted(full), ids.sorted(cdna), ids.sorted(protein), ids.sorted(g), ids.sorted(p)};
        String text = terms.stream().map(Typing::text).collect(Collectors.joining("/"));
        return new PositionProfile(text, allNull, possiblyNull, molecular, single, molecularSets, serologySets(), tce);
    }

    private void add(Typing term) {
        if (term instanceof Typing.Allele a) {
            addName(a.name().toString());
        } else if (term instanceof Typing.Group grp) {
            addGroup(grp);
        } else if (term instanceof Typing.Xx x) {
            release.xxNames(x.locusAndFirstField()).forEach(this::addName);
        } else if (term instanceof Typing.Mac m) {
            m.alleles().forEach(this::addName);
        } else {
            serology = true;
            antigens.add(((Typing.Serology) term).antigen());
        }
    }

    private void addName(String name) {
        List<String> alleles = release.fullAllelesOf(name);
        List<String> expressing = alleles.stream().filter(a -> !isNull(a)).toList();
        if (expressing.isEmpty()) {
            nulls++;
            return;
        }
        expressed++;
        names.add(name);
        String bare = withoutSuffix(name);
        int fields = fieldCount(bare);
        if (release.isFullAllele(name)) {
            full.add(name);
        }
        if (fields >= 3) {
            cdna.add(truncate(bare, 3));
        }
        protein.add(truncate(bare, 2));
        singleCandidate = fields >= 3 || release.isFullAllele(name);
        addAlleles(expressing, true, true);
    }

    private void addGroup(Typing.Group grp) {
        group = true;
        boolean isG = grp.kind() == 'G';
        List<String> members = isG ? release.gGroupMembers(grp.name()) : release.pGroupMembers(grp.name());
        List<String> expressing = members.stream().filter(a -> !isNull(a)).toList();
        if (expressing.isEmpty()) {
            nulls++;
            return;
        }
        expressed++;
        names.add(grp.name());
        groupWithNull |= expressing.size() < members.size();
        if (isG) {
            g.add(grp.name());
            addAlleles(expressing, false, true);
        } else {
            p.add(grp.name());
            addAlleles(expressing, false, false);
        }
    }

    /** The G and P groups, antigens and TCE groups of expressed full alleles. */
    private void addAlleles(List<String> alleles, boolean withG, boolean withP) {
        for (String allele : alleles) {
            if (withG) {
                g.add(release.gGroupOf(allele).orElse("G:" + allele));
            }
            if (withP) {
                p.add(release.pGroupOf(allele).orElse("P:" + truncate(withoutSuffix(allele), 2)));
            }
            antigens.addAll(specificAntigens(allele));
            if (allele.startsWith("DPB1*")) {
                tce |= tceBit(release.tce(allele));
            }
        }
    }

    /** The allele's antigens without a broad whose split is among them: {@code A23}, not {@code A23, A9}. */
    private Set<String> specificAntigens(String allele) {
        Set<String> all = release.antigensOf(allele);
        if (all.size() < 2) {
            return all;
        }
        Set<String> specific = new LinkedHashSet<>(all);
        for (String antigen : all) {
            release.broadOf(antigen).ifPresent(specific::remove);
        }
        return specific;
    }

    private static int tceBit(Optional<DpbTce> tce) {
        if (tce.isEmpty() || tce.get().v2Assignment().isEmpty()) {
            return PositionProfile.TCE_UNKNOWN;
        }
        char group = tce.get().v2Assignment().charAt(0);
        if (group < '1' || group > '3') {
            return PositionProfile.TCE_UNKNOWN;
        }
        return 1 << (group - '0');
    }

    /**
     * The antigens sorted into the level they meet others at: associated ({@code A203}), split or not-split exactly
     * ({@code A23}, {@code A1}), split level (a split, a not-split, or an associated antigen's parent), broad exactly
     * ({@code A9}), and broad level (a broad, a split's broad, an associated antigen's parent's broad).
     */
    private int[][] serologySets() {
        List<String> associated = new ArrayList<>();
        List<String> splitExact = new ArrayList<>();
        List<String> splitLevel = new ArrayList<>();
        List<String> broadExact = new ArrayList<>();
        List<String> broadLevel = new ArrayList<>();
        for (String antigen : antigens) {
            Optional<String> parent = release.parentOfAssociated(antigen);
            boolean broad = !release.splitsOf(antigen).isEmpty();
            if (parent.isPresent()) {
                associated.add(antigen);
                splitLevel.add(parent.get());
                release.broadOf(parent.get()).ifPresent(broadLevel::add);
            } else if (broad) {
                broadExact.add(antigen);
                broadLevel.add(antigen);
            } else {
                splitExact.add(antigen);
                splitLevel.add(antigen);
                release.broadOf(antigen).ifPresent(broadLevel::add);
            }
        }
        return new int[][] {
            ids.sorted(associated),
            ids.sorted(splitExact),
            ids.sorted(splitLevel),
            ids.sorted(broadExact),
            ids.sorted(broadLevel)
        };
    }

    static boolean isNull(String allele) {
        return allele.endsWith("N");
    }

    private static String withoutSuffix(String name) {
        char last = name.charAt(name.length() - 1);
        return Character.isLetter(last) ? name.substring(0, name.length() - 1) : name;
    }

    private static int fieldCount(String name) {
        int count = 1;
        for (int i = name.indexOf('*'); i < name.length(); i++) {
            if (name.charAt(i) == ':') {
                count++;
            }
        }
        return count;
    }

    private static String truncate(String name, int fields) {
        int colons = 0;
        for (int i = name.indexOf('*'); i < name.length(); i++) {
            if (name.charAt(i) == ':' && ++colons == fields) {
                return name.substring(0, i);
            }
        }
        return name;
    }
}
