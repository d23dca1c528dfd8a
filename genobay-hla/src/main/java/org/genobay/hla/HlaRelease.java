package org.genobay.hla;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One IPD-IMGT/HLA release, as its WMDA files describe it: the current alleles, the deleted and renamed names, G and P
 * groups, serological antigens and their relations, and DPB1 TCE groups. Load one with {@link ImgtReleaseReader}.
 *
 * <p>Immutable, and so safe to share between threads; every table is built once when the release is read.
 */
public final class HlaRelease {
    private final String version;
    private final Set<String> alleles;
    private final Set<String> names;
    private final Map<String, DeletedAllele> deleted;
    private final GroupTable gGroups;
    private final GroupTable pGroups;
    private final SerologyTable serology;
    private final Map<String, DpbTce> tce;
    private final Map<String, List<String>> xxCodes;
    private final Map<String, List<String>> allelesByShortName;
    private final Map<String, List<String>> shortNulls;

    HlaRelease(
            String version,
            Set<String> alleles,
            Set<String> names,
            Map<String, DeletedAllele> deleted,
            GroupTable gGroups,
            GroupTable pGroups,
            SerologyTable serology,
            Map<String, DpbTce> tce,
            Map<String, List<String>> xxCodes,
            Map<String, List<String>> allelesByShortName,
            Map<String, List<String>> shortNulls) {
        this.version = version;
        this.alleles = Set.copyOf(alleles);
        this.names = Set.copyOf(names);
        this.deleted = Map.copyOf(deleted);
        this.gGroups = gGroups;
        this.pGroups = pGroups;
        this.serology = serology;
        this.tce = Map.copyOf(tce);
        this.xxCodes = Map.copyOf(xxCodes);
        this.allelesByShortName = Map.copyOf(allelesByShortName);
        this.shortNulls = Map.copyOf(shortNulls);
    }

    /** The release number, e.g. {@code 3.44.0}, as the files' headers state it. */
    public String version() {
        return version;
    }

    /** The full names of the current alleles ({@code Allelelist.txt}), e.g. {@code A*01:01:01:01}. */
    public Set<String> alleles() {
        return alleles;
    }

    /** Whether the name is a current allele's full name. */
    public boolean isFullAllele(String name) {
        return alleles.contains(name);
    }

    /**
     * Whether the name is valid in this release: a current allele, a two- or three-field shortening of one
     * ({@code A*01:01} for {@code A*01:01:01:01}), or a two-field name with the expression suffix that all its
     * expression-variant alleles share ({@code DRB4*01:03N}).
     */
    public boolean isValidName(String name) {
        return names.contains(name);
    }

    /** The entry of {@code hla_nom.txt} for a deleted or renamed allele name. */
    public Optional<DeletedAllele> deleted(String name) {
        return Optional.ofNullable(deleted.get(name));
    }

    /**
     * The current name of a deleted allele: follows "identical to" through renamings until a current allele, and is
     * empty where the chain ends in a name that is not current (or the file gives none).
     */
    public Optional<String> currentName(String deletedName) {
        String name = deletedName;
        for (int step = 0; step < 10; step++) {
            DeletedAllele entry = deleted.get(name);
            if (entry == null || entry.identicalTo().isEmpty()) {
                return Optional.empty();
            }
            name = entry.identicalTo().get();
            if (names.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    public boolean isGGroup(String name) {
        return gGroups.isGroup(name);
    }

    public boolean isPGroup(String name) {
        return pGroups.isGroup(name);
    }

    /** The alleles of a G group ({@code A*01:01:01G}), as {@code hla_nom_g.txt} lists them; empty if none. */
    public List<String> gGroupMembers(String group) {
        return gGroups.members(group);
    }

    public List<String> pGroupMembers(String group) {
        return pGroups.members(group);
    }

    /** The G group of a full allele name, if it is in one. */
    public Optional<String> gGroupOf(String allele) {
        return gGroups.groupOf(allele);
    }

    public Optional<String> pGroupOf(String allele) {
        return pGroups.groupOf(allele);
    }

    /** Whether the antigen ({@code A9}, {@code B70}, {@code Cw10}, {@code DR52}, {@code A203}) is known. */
    public boolean isAntigen(String antigen) {
        return serology.isAntigen(antigen);
    }

    /** The splits of a broad antigen ({@code A9} to {@code A23, A24}); empty for an antigen that is not a broad. */
    public List<String> splitsOf(String broad) {
        return serology.splitsOf(broad);
    }

    public Optional<String> broadOf(String split) {
        return serology.broadOf(split);
    }

    /** The antigen an associated antigen belongs to ({@code A203} to {@code A2}). */
    public Optional<String> parentOfAssociated(String antigen) {
        return serology.parentOfAssociated(antigen);
    }

    /** The DPB1 T-cell-epitope assignment of a full DPB1 allele name, when the release has a TCE file. */
    public Optional<DpbTce> tce(String allele) {
        return Optional.ofNullable(tce.get(allele));
    }

    /**
     * The full allele names a name stands for: itself for a full name; for a two- or three-field name, G or P group,
     * the full alleles under it (with any expression suffix, {@code A*01:01} includes {@code A*01:01:01:02N} if it
     * exists); for a short null name ({@code DRB4*01:03N}) its null alleles. Empty for a name the release does not
     * know.
     */
    public List<String> fullAllelesOf(String name) {
        if (alleles.contains(name)) {
            return List.of(name);
        }
        List<String> under = allelesByShortName.get(name);
        if (under != null) {
            return under;
        }
        return shortNulls.getOrDefault(name, List.of());
    }

    /** The two-field names an XX code ({@code A*01}, {@code A*01:XX}) stands for; a broad's includes its splits'. */
    public List<String> xxNames(String locusAndFirstField) {
        return xxCode(locusAndFirstField);
    }

    /**
     * The serological antigens {@code rel_dna_ser.txt} assigns a full allele name (unambiguous, possible and assumed
     * columns), with the broad of an assigned split: {@code A*23:01:01:01} to {@code A23, A9}.
     */
    public Set<String> antigensOf(String allele) {
        return serology.antigensOf(allele);
    }

    /** The full alleles assigned to an antigen; a broad's include its splits'. */
    public List<String> allelesOfAntigen(String antigen) {
        return serology.allelesOf(antigen);
    }

    GroupTable gGroups() {
        return gGroups;
    }

    GroupTable pGroups() {
        return pGroups;
    }

    SerologyTable serology() {
        return serology;
    }

    /** The two-field names an XX code stands for, keyed by locus and first field ({@code A*01}); broads included. */
    List<String> xxCode(String locusAndFirstField) {
        return xxCodes.getOrDefault(locusAndFirstField, List.of());
    }

    /** The full allele names that a shortened name or a G/P group stands for ({@code A*01:01} to its 4-field ones). */
    List<String> allelesOf(String shortName) {
        return allelesByShortName.getOrDefault(shortName, List.of());
    }

    /** The alleles a short null-style name stands for: {@code DRB4*01:03N} to {@code DRB4*01:03:01:02N/...13N}. */
    Optional<List<String>> shortNull(String name) {
        return Optional.ofNullable(shortNulls.get(name));
    }

    @Override
    public String toString() {
        return "IPD-IMGT/HLA " + version + " (" + alleles.size() + " alleles)";
    }
}
