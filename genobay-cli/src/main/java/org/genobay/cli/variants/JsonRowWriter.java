package org.genobay.cli.variants;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** A JSON array of objects, one object per line; a NaN or infinite number is written as {@code null}. */
final class JsonRowWriter<T> implements RowWriter<T> {
    private final JsonGenerator json;
    private final List<Column<T>> columns;
    private boolean started;

    JsonRowWriter(PrintWriter out, List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
        try {
            json = JsonFactory.builder()
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build()
                    .createGenerator(out)
                    .setPrettyPrinter(new OneRowPerLine());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON output", e);
        }
    }

    @Override
    public void write(T row) {
        try {
            start();
            json.writeStartObject();
            for (Column<T> column : columns) {
                json.writeFieldName(column.name());
                writeValue(column.value().apply(row));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON output", e);
        }
    }

    private void writeValue(Object value) throws IOException {
        if (value instanceof Float f) {
            if (f.isNaN() || f.isInfinite()) {
                json.writeNull();
            } else {
                json.writeNumber(f);
            }
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                json.writeNull();
            } else {
                json.writeNumber(d);
            }
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else {
            json.writeString(String.valueOf(value));
        }
    }

    private void start() throws IOException {
        if (!started) {
            json.writeStartArray();
            started = true;
        }
    }

    @Override
    public void finish() {
        try {
            start();
            json.writeEndArray();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON output", e);
        }
    }

    /** {@code [}, then each object on its own line, then {@code ]}; {@code []} when there are none. */
    private static final class OneRowPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(values > 0 ? "\n]" : "]");
        }
    }
}
