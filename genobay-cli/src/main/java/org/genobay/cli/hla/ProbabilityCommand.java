package org.genobay.cli.hla;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.TypingParser;
import org.genobay.hla.probability.GenotypeImputation;
import org.genobay.hla.probability.HaplotypeFrequencies;
import org.genobay.hla.probability.Imputation;
import org.genobay.hla.probability.ImputedGenotype;
import org.genobay.hla.probability.MatchProbability;
import org.genobay.hla.probability.MismatchProbabilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code genobay hla probability}: the match probability of a patient and a donor from haplotype frequencies. */
@Command(
        name = "probability",
        description = {
            "Match probability of a patient and a donor with ambiguous typings: both are imputed from a table of"
                    + " haplotype frequencies (NMDP's hap,count,freq format), then P(0, 1, 2 mismatches) per locus and"
                    + " P(n/10 ...) overall are printed as JSON, with each side's most probable genotypes.",
            "A typing no pair of the table's haplotypes explains is reported in the JSON, with the reason."
        })
public final class ProbabilityCommand implements Callable<Integer> {
    private static final int GENOTYPES_SHOWN = 5;

    @Spec
    CommandSpec spec;

    @Mixin
    ReleaseOptions release;

    @Option(
            names = "--frequencies",
            required = true,
            paramLabel = "FILE",
            description = "Haplotype frequencies, hap,count,freq (plain or gzip).")
    Path frequencies;

    @Option(names = "--patient", required = true, paramLabel = "GLSTRING", description = "The patient's typing.")
    String patient;

    @Option(names = "--donor", required = true, paramLabel = "GLSTRING", description = "The donor's typing.")
    String donor;

    @Override
    public Integer call() throws Exception {
        HaplotypeFrequencies table = HaplotypeFrequencies.read(frequencies);
        HlaRelease loaded = release.load();
        TypingParser parser = new TypingParser(loaded, release.macs());
        GenotypeImputation imputation = new GenotypeImputation(table, loaded);
        Imputation p = imputation.impute(parser.parse(patient));
        Imputation d = imputation.impute(parser.parse(donor));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("release", loaded.version());
        root.put("frequencies", frequencies.toString());
        root.put("loci", table.loci());
        root.put("patient", json(p));
        root.put("donor", json(d));
        if (p instanceof Imputation.Imputed pi && d instanceof Imputation.Imputed di) {
            root.put("matchProbability", json(new MatchProbability(table).compute(pi, di)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        out.flush();
        return 0;
    }

    private static Map<String, Object> json(Imputation imputation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("typing", imputation.typing());
        if (imputation instanceof Imputation.NoConsistentGenotype none) {
            out.put("noConsistentGenotype", none.reason());
            return out;
        }
        Imputation.Imputed imputed = (Imputation.Imputed) imputation;
        out.put("genotypeCount", imputed.genotypes().size());
        List<Map<String, Object>> top = new ArrayList<>();
        for (ImputedGenotype g : imputed.genotypes()
                .subList(0, Math.min(GENOTYPES_SHOWN, imputed.genotypes().size()))) {
            Map<String, Object> genotype = new LinkedHashMap<>();
            genotype.put("genotype", g.text());
            genotype.put("probability", g.probability());
            top.add(genotype);
        }
        out.put("mostProbableGenotypes", top);
        if (!imputed.lociNotInTable().isEmpty()) {
            out.put("lociNotInTable", imputed.lociNotInTable());
        }
        return out;
    }

    private static Map<String, Object> json(MismatchProbabilities m) {
        Map<String, Object> out = new LinkedHashMap<>();
        int alleles = 2 * m.loci().size();
        Map<String, Object> overall = new LinkedHashMap<>();
        for (int matched = alleles; matched >= 0; matched--) {
            overall.put(matched + "/" + alleles, m.matched(matched));
        }
        out.put("overall", overall);
        Map<String, Object> perLocus = new LinkedHashMap<>();
        for (MismatchProbabilities.LocusMismatches locus : m.perLocus()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("0", locus.none());
            l.put("1", locus.one());
            l.put("2", locus.two());
            perLocus.put(locus.locus(), l);
        }
        out.put("mismatchesPerLocus", perLocus);
        return out;
    }
}
