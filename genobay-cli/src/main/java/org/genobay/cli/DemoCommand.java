package org.genobay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code genobay demo}: a scripted tour. It ingests the bundled 1000 Genomes sample and runs real {@code genobay
 * variants} commands, echoing each one, so that what it shows is what a user can type next.
 */
@Command(
        name = "demo",
        description = {
            "Ingest the bundled sample (1000 Genomes phase 3: 2,000 chr22 records x 2,504 samples) as dataset "
                    + DemoCommand.DATASET + " and run example queries, showing each command.",
            "Input files (VCF, populations, EUR/AFR sample lists) are written to a 'demo' folder beside the store."
        })
final class DemoCommand implements Callable<Integer> {
    static final String DATASET = "1kg-chr22";
    /** An rsID in the sample whose allele frequency differs most between EUR (0.51) and AFR (0.18). */
    static final String POPULATION_VARIANT = "rs148779243";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "data/store",
            description = "Variant store to ingest into (default: ${DEFAULT-VALUE}).")
    Path store;

    @Override
    public Integer call() {
        Path inputsDir =
                store.resolveSibling(String.valueOf(store.getFileName()).equals("demo") ? "demo-inputs" : "demo");
        DemoInputs inputs = DemoInputs.writeTo(inputsDir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Genobay demo: the variant store on real 1000 Genomes data (" + inputs.vcf() + ")");
        for (List<String> step : steps(inputs)) {
            out.println();
            out.println("$ genobay " + step.stream().map(DemoCommand::shellWord).collect(Collectors.joining(" ")));
            out.flush();
            int exitCode = run(step);
            if (exitCode != 0) {
                return exitCode;
            }
        }
        out.println();
        out.println("Next: 'genobay variants --help', and docs/guide/variants.md. The store is " + store
                + "; --samples takes any list of sample IDs (see " + inputs.populations() + ").");
        out.flush();
        return 0;
    }

    /** The tour, as command lines whose upper-case words stand for the paths of this run. */
    private List<List<String>> steps(DemoInputs in) {
        Map<String, String> paths = Map.of(
                "STORE", store.toString(),
                "VCF", in.vcf().toString(),
                "EUR", in.eur().toString(),
                "AFR", in.afr().toString());
        return Stream.of(
                        "variants ingest --store STORE --dataset " + DATASET + " --replace VCF",
                        "variants datasets --store STORE",
                        "variants query --store STORE --dataset " + DATASET + " --region 22:16050075-16050700",
                        "variants variant --store STORE --dataset " + DATASET + " --variant " + POPULATION_VARIANT
                                + " --samples EUR",
                        "variants variant --store STORE --dataset " + DATASET + " --variant " + POPULATION_VARIANT
                                + " --samples AFR",
                        "variants case-control --store STORE --dataset " + DATASET + " --cases AFR --controls EUR"
                                + " --variant " + POPULATION_VARIANT,
                        "variants carriers --store STORE --dataset " + DATASET + " --variant 22-16050075-A-G")
                .map(line -> Arrays.stream(line.split(" "))
                        .map(word -> paths.getOrDefault(word, word))
                        .toList())
                .toList();
    }

    /** Runs one step through a fresh command line that writes where this one does. */
    private int run(List<String> step) {
        List<String> args = new ArrayList<>(step);
        if (Boolean.TRUE.equals(spec.findOption("--verbose").getValue())) {
            args.add("--verbose");
        }
        return Genobay.newCommandLine()
                .setOut(spec.commandLine().getOut())
                .setErr(spec.commandLine().getErr())
                .execute(args.toArray(String[]::new));
    }

    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:=,+@%-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
