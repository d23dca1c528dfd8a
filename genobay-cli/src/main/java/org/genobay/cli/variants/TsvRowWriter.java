package org.genobay.cli.variants;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Tab-separated rows under a header line; floats as bcftools prints them ({@link FloatText}), NaN as {@code .}. */
final class TsvRowWriter<T> implements RowWriter<T> {
    private final PrintWriter out;
    private final List<Column<T>> columns;
    private final StringBuilder line = new StringBuilder();
    private boolean headerWritten;

    TsvRowWriter(PrintWriter out, List<Column<T>> columns) {
        this.out = out;
        this.columns = columns.stream().filter(Column::inTsv).toList();
    }

    @Override
    public void write(T row) {
        if (!headerWritten) {
            writeHeader();
        }
        line.setLength(0);
        for (Column<T> column : columns) {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(text(column.value().apply(row)));
        }
        out.write(line.append('\n').toString());
    }

    private static String text(Object value) {
        if (value instanceof Float f) {
            return f.isNaN() ? "." : FloatText.of(f);
        }
        if (value instanceof Double d) {
            return d.isNaN() ? "." : FloatText.of(d);
        }
        return String.valueOf(value);
    }

    private void writeHeader() {
        out.write(columns.stream().map(Column::name).collect(Collectors.joining("\t")) + "\n");
        headerWritten = true;
    }

    @Override
    public void finish() {
        if (!headerWritten) {
            writeHeader();
        }
        out.flush();
    }
}
