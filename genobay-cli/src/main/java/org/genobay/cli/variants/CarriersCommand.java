package org.genobay.cli.variants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.genobay.variants.Carriers;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;
import org.genobay.variants.Variant;
import org.genobay.variants.VariantStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code genobay variants carriers}: the samples that carry a variant, with their zygosity. */
@Command(
        name = "carriers",
        description = "Samples carrying a variant, in dataset order, with zygosity het, homalt or hemi"
                + " (one copy in a haploid or half-missing call).")
final class CarriersCommand implements Callable<Integer> {
    record Row(Variant variant, String sample, String zygosity) {}

    static final List<Column<Row>> COLUMNS = List.of(
            Column.of("chrom", r -> r.variant().chrom()),
            Column.of("pos", r -> r.variant().pos()),
            Column.jsonOnly("id", r -> r.variant().id()),
            Column.of("ref", r -> r.variant().ref()),
            Column.of("alt", r -> r.variant().alt()),
            Column.of("sample", Row::sample),
            Column.of("zygosity", Row::zygosity));

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
            RowWriter<Row> rows = format.open(spec.commandLine().getOut(), COLUMNS);
            for (Variant v : found) {
                write(data.carriers(v, cohort), cohort, rows);
            }
            rows.finish();
        }
        return 0;
    }

    /** The engine groups carriers by zygosity; print them in the cohort's (dataset) order instead. */
    private static void write(Carriers carriers, Cohort cohort, RowWriter<Row> rows) {
        Map<String, String> zygosity = new HashMap<>();
        carriers.heterozygous().forEach(s -> zygosity.put(s, "het"));
        carriers.homozygousAlt().forEach(s -> zygosity.put(s, "homalt"));
        carriers.hemizygous().forEach(s -> zygosity.put(s, "hemi"));
        for (String sample : cohort.sampleIds()) {
            String z = zygosity.get(sample);
            if (z != null) {
                rows.write(new Row(carriers.variant(), sample, z));
            }
        }
    }
}
