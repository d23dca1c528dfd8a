package org.genobay.cli.variants;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;
import org.genobay.variants.Variant;
import org.genobay.variants.VariantCounts;
import org.genobay.variants.VariantStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code genobay variants variant}: allele counts of one variant (or of every variant an ID names). */
@Command(
        name = "variant",
        description = "Allele counts of one variant, named CHROM-POS-REF-ALT or by its ID (rs…), in the whole"
                + " dataset or in the samples of --samples. Same columns as 'query'.")
final class VariantCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions dataset;

    @Mixin
    VariantOption variant;

    @Mixin
    SamplesOption samples;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Function<Dataset, Cohort> cohortIn = samples.read();
        try (VariantStore store = dataset.store.openExisting()) {
            Dataset data = store.dataset(dataset.name);
            List<Variant> found = variant.findIn(data);
            Cohort cohort = cohortIn.apply(data);
            RowWriter<VariantCounts> rows = format.open(spec.commandLine().getOut(), CountsColumns.ALL);
            found.forEach(v -> rows.write(new VariantCounts(v, data.counts(v, cohort))));
            rows.finish();
        }
        return 0;
    }
}
