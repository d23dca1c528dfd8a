package org.genobay.cli.variants;

import java.util.concurrent.Callable;
import java.util.function.Function;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;
import org.genobay.variants.Region;
import org.genobay.variants.VariantCounts;
import org.genobay.variants.VariantStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code genobay variants query}: allele counts of every variant in a region, one row per alternate allele. */
@Command(
        name = "query",
        description = "Allele counts (AC, AN, AF, het, hom-alt) of every variant in a region, one row per alternate"
                + " allele, in the whole dataset or in the samples of --samples.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions dataset;

    @Option(
            names = "--region",
            required = true,
            paramLabel = "REGION",
            description = "CHROM, CHROM:POS or CHROM:START-END, 1-based and inclusive (22:16050000-16060000).")
    String region;

    @Mixin
    SamplesOption samples;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Region parsed = Region.parse(region);
        Function<Dataset, Cohort> cohortIn = samples.read();
        try (VariantStore store = dataset.store.openExisting()) {
            Dataset data = store.dataset(dataset.name);
            Cohort cohort = cohortIn.apply(data);
            RowWriter<VariantCounts> rows = format.open(spec.commandLine().getOut(), CountsColumns.ALL);
            data.forEachInRegion(parsed, cohort, rows::write);
            rows.finish();
        }
        return 0;
    }
}
