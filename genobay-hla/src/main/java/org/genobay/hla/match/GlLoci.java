package org.genobay.hla.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genobay.hla.GlNode;
import org.genobay.hla.GlOperator;
import org.genobay.hla.GlString;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.InvalidTypingException;
import org.genobay.hla.Typing;

/**
 * Splits a parsed GL string into the genotypes of each matched locus. {@code ^} separates loci; {@code +} pairs the
 * two positions; {@code ~} haplotypes are split locus by locus (each chromosome gives one position per locus); a
 * {@code |} list gives a locus several alternative genotypes (for a multi-locus {@code |} list, the link between loci
 * is dropped). A locus with one position and no {@code +} is read as homozygous, as Atlas reads a typing with one
 * position filled. Loci other than the six matched ones (DRB3, DQA1, ...) are left out.
 */
final class GlLoci {
    private final HlaRelease release;
    private final String whole;

    private GlLoci(HlaRelease release, String whole) {
        this.release = release;
        this.whole = whole;
    }

    static Map<Locus, List<Genotype>> split(HlaRelease release, GlString typing) {
        GlLoci loci = new GlLoci(release, typing.text());
        Map<Locus, List<Genotype>> byLocus = new EnumMap<>(Locus.class);
        loci.collect(typing).forEach((locus, genotypes) -> {
            if (locus.isPresent()) {
                byLocus.put(locus.get(), List.copyOf(genotypes));
            }
        });
        return byLocus;
    }

    /** Genotypes per locus (an empty locus key for loci that are not matched), in the order the string names them. */
    private Map<Optional<Locus>, List<Genotype>> collect(GlString gl) {
        if (!(gl instanceof GlNode node)) {
            return homozygous(chromosome(gl));
        }
        switch (node.operator()) {
            case LOCI: {
                Map<Optional<Locus>, List<Genotype>> all = new LinkedHashMap<>();
                for (GlString part : node.parts()) {
                    collect(part).forEach((locus, genotypes) -> {
                        if (all.containsKey(locus) && locus.isPresent()) {
                            throw new InvalidTypingException(
                                    whole, "locus " + locus.get() + " appears twice between '^'");
                        }
                        all.computeIfAbsent(locus, k -> new ArrayList<>()).addAll(genotypes);
                    });
                }
                return all;
            }
            case GENOTYPES: {
                Map<Optional<Locus>, List<Genotype>> all = new LinkedHashMap<>();
                for (GlString part : node.parts()) {
                    collect(part).forEach((locus, genotypes) -> all.computeIfAbsent(locus, k -> new ArrayList<>())
                            .addAll(genotypes));
                }
                return all;
            }
            case GENOTYPE:
                return pair(node);
            default:
                return homozygous(chromosome(gl));
        }
    }

    private Map<Optional<Locus>, List<Genotype>> pair(GlNode node) {
        if (node.parts().size() != 2) {
            throw new InvalidTypingException(
                    whole, "'" + node.text() + "' has " + node.parts().size() + " positions; a locus has two");
        }
        Map<Optional<Locus>, List<Typing>> first = chromosome(node.parts().get(0));
        Map<Optional<Locus>, List<Typing>> second = chromosome(node.parts().get(1));
        if (!first.keySet().equals(second.keySet())) {
            throw new InvalidTypingException(whole, "the two sides of '" + node.text() + "' do not name the same loci");
        }
        Map<Optional<Locus>, List<Genotype>> out = new LinkedHashMap<>();
        first.forEach(
                (locus, terms) -> out.put(locus, new ArrayList<>(List.of(new Genotype(terms, second.get(locus))))));
        return out;
    }

    private Map<Optional<Locus>, List<Genotype>> homozygous(Map<Optional<Locus>, List<Typing>> chromosome) {
        Map<Optional<Locus>, List<Genotype>> out = new LinkedHashMap<>();
        chromosome.forEach((locus, terms) -> out.put(locus, new ArrayList<>(List.of(new Genotype(terms, terms)))));
        return out;
    }

    /** One chromosome: a term, a {@code /} list, or a {@code ~} haplotype of those; one position per locus. */
    private Map<Optional<Locus>, List<Typing>> chromosome(GlString gl) {
        Map<Optional<Locus>, List<Typing>> out = new LinkedHashMap<>();
        if (gl instanceof GlNode node && node.operator() == GlOperator.HAPLOTYPE) {
            for (GlString part : node.parts()) {
                List<Typing> terms = position(part);
                Optional<Locus> locus = locusOf(terms, part);
                if (out.containsKey(locus) && locus.isPresent()) {
                    throw new InvalidTypingException(
                            whole, "haplotype '" + node.text() + "' names locus " + locus.get() + " twice");
                }
                out.put(locus, terms);
            }
            return out;
        }
        List<Typing> terms = position(gl);
        out.put(locusOf(terms, gl), terms);
        return out;
    }

    private List<Typing> position(GlString gl) {
        if (gl instanceof Typing t) {
            return List.of(t);
        }
        GlNode node = (GlNode) gl;
        if (node.operator() != GlOperator.ALLELES) {
            throw new InvalidTypingException(
                    whole,
                    "'" + node.text() + "' is not one position of one locus: a '"
                            + node.operator().symbol() + "' cannot appear there");
        }
        List<Typing> terms = new ArrayList<>();
        for (GlString part : node.parts()) {
            terms.add((Typing) part);
        }
        return terms;
    }

    private Optional<Locus> locusOf(List<Typing> terms, GlString position) {
        String gene = gene(terms.get(0));
        for (Typing t : terms) {
            if (!gene(t).equals(gene)) {
                throw new InvalidTypingException(
                        whole, "'" + position.text() + "' mixes loci " + gene + " and " + gene(t) + " in one position");
            }
        }
        return Locus.ofGene(gene);
    }

    private String gene(Typing t) {
        if (t instanceof Typing.Allele a) {
            return a.name().locus();
        }
        if (t instanceof Typing.Group g) {
            return g.name().substring(0, g.name().indexOf('*'));
        }
        if (t instanceof Typing.Xx x) {
            return x.locusAndFirstField().substring(0, x.locusAndFirstField().indexOf('*'));
        }
        if (t instanceof Typing.Mac m) {
            return m.locusAndFirstField().substring(0, m.locusAndFirstField().indexOf('*'));
        }
        String antigen = ((Typing.Serology) t).antigen();
        List<String> alleles = release.allelesOfAntigen(antigen);
        if (!alleles.isEmpty()) {
            return alleles.get(0).substring(0, alleles.get(0).indexOf('*'));
        }
        return SEROLOGY_PREFIX.getOrDefault(antigen.replaceAll("\\d+$", ""), antigen);
    }

    private static final Map<String, String> SEROLOGY_PREFIX =
            Map.of("A", "A", "B", "B", "Cw", "C", "DR", "DRB1", "DQ", "DQB1", "DP", "DPB1");
}
