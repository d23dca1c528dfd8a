package org.genobay.cli.variants;

import java.util.List;
import java.util.concurrent.Callable;
import org.genobay.variants.Dataset;
import org.genobay.variants.VariantStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code genobay variants datasets}: the datasets of a store with their sample and variant counts. */
@Command(name = "datasets", description = "List the datasets of a store with their sample and variant counts.")
final class DatasetsCommand implements Callable<Integer> {
    static final List<Column<Dataset>> COLUMNS = List.of(
            Column.of("dataset", Dataset::name),
            Column.of("samples", d -> d.sampleIds().size()),
            Column.of("variants", Dataset::variantCount));

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        try (VariantStore opened = store.openExisting()) {
            RowWriter<Dataset> rows = format.open(spec.commandLine().getOut(), COLUMNS);
            opened.datasets().forEach(name -> rows.write(opened.dataset(name)));
            rows.finish();
        }
        return 0;
    }
}
