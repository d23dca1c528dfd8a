package org.genobay.hla.probability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genobay.hla.TypingParser;
import org.junit.jupiter.api.Test;

/**
 * Our imputation against NMDP's on the WMDA validation set: the same genotypes per person, and posteriors equal to
 * 1e-6. The references are NMDP's published output (grimm's {@code pat.2015.txt} and its donor imputation), not ours.
 */
class ImputationReproducesNmdpTest {
    private static final double TOLERANCE = 1e-6;

    private final HaplotypeFrequencies table = WmdaData.caucasian();
    private final TypingParser parser = new TypingParser(WmdaData.release("3.58.0"));
    private final GenotypeImputation imputation = new GenotypeImputation(table, parser.release());

    @Test
    void everyPatientHasNmdpsGenotypesAndPosteriors() {
        Map<String, Map<String, Double>> expected = new HashMap<>();
        for (String line : WmdaData.lines("pat.2015.txt.gz")) {
            String[] f = line.split("\t");
            expected.computeIfAbsent(f[0], k -> new HashMap<>())
                    .merge(genotype(f[2], f[5]), Double.parseDouble(f[9]), Double::sum);
        }

        List<String> disagreements = compare(typings("pat.gl.txt.gz"), expected);

        assertThat(expected).hasSize(1000);
        assertThat(disagreements)
                .as("patients whose imputation differs from NMDP's")
                .isEmpty();
    }

    @Test
    void theFirstHundredDonorsHaveNmdpsGenotypesAndPosteriors() {
        Map<String, Map<String, Double>> expected = new HashMap<>();
        List<String> lines = WmdaData.lines("don.imputed.D000001-D000100.csv.gz");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String[] alleles = f[1].split("~");
            String h1 = String.join("~", List.of(alleles).subList(0, 5));
            String h2 = String.join("~", List.of(alleles).subList(5, 10));
            expected.computeIfAbsent(f[0], k -> new HashMap<>())
                    .merge(genotype(h1, h2), Double.parseDouble(f[2]), Double::sum);
        }
        Map<String, String> donors = new LinkedHashMap<>();
        typings("don.gl.txt.gz").entrySet().stream()
                .filter(e -> expected.containsKey(e.getKey()))
                .forEach(e -> donors.put(e.getKey(), e.getValue()));

        List<String> disagreements = compare(donors, expected);

        assertThat(donors).hasSize(100);
        assertThat(disagreements)
                .as("donors whose imputation differs from NMDP's")
                .isEmpty();
    }

    private List<String> compare(Map<String, String> typings, Map<String, Map<String, Double>> expected) {
        List<String> disagreements = new ArrayList<>();
        int agree = 0;
        for (Map.Entry<String, String> person : typings.entrySet()) {
            Map<String, Double> ours = new TreeMap<>();
            Imputation result = imputation.impute(parser.parse(person.getValue()));
            if (result instanceof Imputation.Imputed imputed) {
                for (ImputedGenotype g : imputed.genotypes()) {
                    ours.put(genotype(g.haplotype1().text(), g.haplotype2().text()), g.probability());
                }
            }
            Map<String, Double> theirs = expected.getOrDefault(person.getKey(), Map.of());
            String problem = difference(ours, theirs);
            if (problem.isEmpty()) {
                agree++;
            } else {
                disagreements.add(person.getKey() + ": " + problem);
            }
        }
        System.out.printf("imputation: %d of %d agree with NMDP's%n", agree, typings.size());
        return disagreements;
    }

    private static String difference(Map<String, Double> ours, Map<String, Double> theirs) {
        if (!ours.keySet().equals(theirs.keySet())) {
            return ours.size() + " genotypes, NMDP " + theirs.size();
        }
        for (Map.Entry<String, Double> e : theirs.entrySet()) {
            if (Math.abs(ours.get(e.getKey()) - e.getValue()) > TOLERANCE) {
                return e.getKey() + " has " + ours.get(e.getKey()) + ", NMDP " + e.getValue();
            }
        }
        return "";
    }

    private static String genotype(String h1, String h2) {
        return h1.compareTo(h2) <= 0 ? h1 + "+" + h2 : h2 + "+" + h1;
    }

    private static Map<String, String> typings(String file) {
        Map<String, String> typings = new LinkedHashMap<>();
        for (String line : WmdaData.lines(file)) {
            int cut = line.indexOf('%');
            typings.put(line.substring(0, cut), line.substring(cut + 1));
        }
        return typings;
    }
}
