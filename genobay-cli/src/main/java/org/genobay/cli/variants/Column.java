package org.genobay.cli.variants;

import java.util.function.Function;

/**
 * One output column: its name, whether TSV shows it (JSON shows every column), and how to get its value from a row.
 * Values are {@link String}, {@link Integer}, {@link Long}, {@link Float} or {@link Double}; a NaN prints as {@code .}
 * in TSV and {@code null} in JSON.
 */
record Column<T>(String name, boolean inTsv, Function<T, ?> value) {
    static <T> Column<T> of(String name, Function<T, ?> value) {
        return new Column<>(name, true, value);
    }

    static <T> Column<T> jsonOnly(String name, Function<T, ?> value) {
        return new Column<>(name, false, value);
    }
}
