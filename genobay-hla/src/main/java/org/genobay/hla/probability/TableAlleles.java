package org.genobay.hla.probability;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.genobay.hla.AlleleName;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.Typing;

/**
 * Maps a term of a typing to the allele names of the frequency table at its locus. A name the table writes as such is
 * taken as it is; anything else is expanded with the release to its full allele names (an XX code to its alleles, an
 * antigen to the alleles {@code rel_dna_ser.txt} assigns it, a G or P group to its members, a MAC to its alleles) and
 * each is cut to two fields, keeping the expression suffix of a null ({@code A*01:16:01N} is {@code A*01:16N}), the
 * way two-field tables are named. Names the table does not have are dropped: no haplotype carries them, so they have
 * frequency 0, which is what NMDP's imputation does with them too.
 */
final class TableAlleles {
    private final HaplotypeFrequencies table;
    private final HlaRelease release;
    private final Map<String, BitSet> cache = new ConcurrentHashMap<>();

    TableAlleles(HaplotypeFrequencies table, HlaRelease release) {
        this.table = table;
        this.release = release;
    }

    /** The table's allele codes at locus {@code l} that the terms stand for; empty when the table has none. */
    BitSet codes(int l, List<Typing> terms) {
        BitSet codes = new BitSet();
        for (Typing term : terms) {
            codes.or(cache.computeIfAbsent(l + " " + term.text(), k -> expand(l, term)));
        }
        return codes;
    }

    private BitSet expand(int l, Typing term) {
        BitSet codes = new BitSet();
        for (String name : names(term)) {
            int code = table.alleleCode(l, name);
            if (code >= 0) {
                codes.set(code);
                continue;
            }
            for (String full : release.fullAllelesOf(name)) {
                code = table.alleleCode(l, twoField(full));
                if (code < 0) {
                    code = table.alleleCode(
                            l, AlleleName.parse(full).truncate(2).toString());
                }
                if (code >= 0) {
                    codes.set(code);
                }
            }
        }
        return codes;
    }

    private List<String> names(Typing term) {
        if (term instanceof Typing.Allele a) {
            return List.of(a.name().toString());
        }
        if (term instanceof Typing.Group g) {
            return g.kind() == 'G' ? release.gGroupMembers(g.name()) : release.pGroupMembers(g.name());
        }
        if (term instanceof Typing.Xx x) {
            return release.xxNames(x.locusAndFirstField());
        }
        if (term instanceof Typing.Mac m) {
            return m.alleles();
        }
        List<String> alleles = new ArrayList<>();
        for (String allele : release.allelesOfAntigen(((Typing.Serology) term).antigen())) {
            alleles.add(allele);
        }
        return alleles;
    }

    private static String twoField(String full) {
        AlleleName name = AlleleName.parse(full);
        String cut = name.truncate(2).toString();
        return name.fieldCount() > 2 && !name.expression().isEmpty() ? cut + name.expression() : cut;
    }
}
