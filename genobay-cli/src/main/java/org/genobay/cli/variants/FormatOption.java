package org.genobay.cli.variants;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format tsv|json}. */
final class FormatOption {
    enum Format {
        TSV,
        JSON;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "tsv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.TSV;

    <T> RowWriter<T> open(PrintWriter out, List<Column<T>> columns) {
        return format == Format.JSON ? new JsonRowWriter<>(out, columns) : new TsvRowWriter<>(out, columns);
    }
}
