package org.genobay.hla.probability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genobay.hla.GlNode;
import org.genobay.hla.GlOperator;
import org.genobay.hla.GlString;
import org.genobay.hla.InvalidTypingException;
import org.genobay.hla.Typing;

/**
 * Splits a parsed typing into, per locus, the alternative genotypes it allows, each a pair of allele lists (one per
 * chromosome). {@code ^} separates loci, {@code |} lists alternatives, {@code +} pairs the chromosomes, {@code /} lists
 * alleles. {@code ~} haplotypes are split locus by locus: their phase is dropped and left to the frequencies, as in
 * NMDP's imputation of unphased typings. A locus written with one list and no {@code +} is homozygous.
 */
final class TypedLoci {
    /** One genotype a locus may have: the allele options of each chromosome. */
    record LocusGenotype(List<Typing> first, List<Typing> second) {
        LocusGenotype {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }

    private final String whole;

    private TypedLoci(String whole) {
        this.whole = whole;
    }

    /** Alternatives per locus, loci in the order the typing names them. */
    static Map<String, List<LocusGenotype>> split(GlString typing) {
        return new TypedLoci(typing.text()).collect(typing);
    }

    private Map<String, List<LocusGenotype>> collect(GlString gl) {
        if (gl instanceof GlNode node && node.operator() == GlOperator.LOCI) {
            Map<String, List<LocusGenotype>> all = new LinkedHashMap<>();
            for (GlString part : node.parts()) {
                collect(part).forEach((locus, genotypes) -> {
                    if (all.putIfAbsent(locus, genotypes) != null) {
                        throw new InvalidTypingException(whole, "locus " + locus + " appears twice between '^'");
                    }
                });
            }
            return all;
        }
        if (gl instanceof GlNode node && node.operator() == GlOperator.GENOTYPES) {
            Map<String, List<LocusGenotype>> all = new LinkedHashMap<>();
            for (GlString part : node.parts()) {
                collect(part).forEach((locus, genotypes) -> {
                    List<LocusGenotype> list = all.computeIfAbsent(locus, k -> new ArrayList<>());
                    for (LocusGenotype g : genotypes) {
                        if (!list.contains(g)) {
                            list.add(g);
                        }
                    }
                });
            }
            return all;
        }
        if (gl instanceof GlNode node && node.operator() == GlOperator.GENOTYPE) {
            if (node.parts().size() != 2) {
                throw new InvalidTypingException(
                        whole,
                        "a genotype '+' has two chromosomes, not "
                                + node.parts().size());
            }
            Map<String, List<Typing>> first = chromosome(node.parts().get(0));
            Map<String, List<Typing>> second = chromosome(node.parts().get(1));
            if (!first.keySet().equals(second.keySet())) {
                throw new InvalidTypingException(
                        whole,
                        "the two sides of '+' name different loci: " + first.keySet() + " and " + second.keySet());
            }
            Map<String, List<LocusGenotype>> out = new LinkedHashMap<>();
            first.forEach((locus, alleles) ->
                    out.put(locus, new ArrayList<>(List.of(new LocusGenotype(alleles, second.get(locus))))));
            return out;
        }
        Map<String, List<LocusGenotype>> out = new LinkedHashMap<>();
        chromosome(gl)
                .forEach((locus, alleles) ->
                        out.put(locus, new ArrayList<>(List.of(new LocusGenotype(alleles, alleles)))));
        return out;
    }

    /** The allele options per locus of one chromosome: a term, a {@code /} list, or a {@code ~} haplotype of those. */
    private Map<String, List<Typing>> chromosome(GlString gl) {
        Map<String, List<Typing>> byLocus = new LinkedHashMap<>();
        if (gl instanceof GlNode node && node.operator() == GlOperator.HAPLOTYPE) {
            for (GlString part : node.parts()) {
                chromosome(part).forEach((locus, alleles) -> {
                    if (byLocus.putIfAbsent(locus, alleles) != null) {
                        throw new InvalidTypingException(whole, "locus " + locus + " appears twice in a haplotype");
                    }
                });
            }
            return byLocus;
        }
        List<Typing> terms = new ArrayList<>();
        if (gl instanceof Typing t) {
            terms.add(t);
        } else if (gl instanceof GlNode node && node.operator() == GlOperator.ALLELES) {
            for (GlString part : node.parts()) {
                terms.add((Typing) part);
            }
        } else {
            throw new InvalidTypingException(whole, "'" + gl.text() + "' is not a chromosome's allele list");
        }
        String locus = locus(terms.get(0));
        for (Typing t : terms) {
            if (!locus(t).equals(locus)) {
                throw new InvalidTypingException(whole, "'" + gl.text() + "' lists alleles of two loci");
            }
        }
        byLocus.put(locus, terms);
        return byLocus;
    }

    /** The locus of a term: before the {@code *}, or the antigen's letters ({@code Cw7} is C, {@code DR15} DRB1). */
    static String locus(Typing term) {
        String text = term.text().startsWith("HLA-") ? term.text().substring(4) : term.text();
        int star = text.indexOf('*');
        if (star >= 0) {
            return text.substring(0, star);
        }
        String letters = text.replaceAll("\\d.*$", "");
        return switch (letters) {
            case "Cw" -> "C";
            case "DR" -> "DRB1";
            case "DQ" -> "DQB1";
            case "DP", "DPw" -> "DPB1";
            default -> letters;
        };
    }
}
