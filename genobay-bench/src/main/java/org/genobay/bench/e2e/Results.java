package org.genobay.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measured figures as sorted {@code key=value} lines, written by each benchmark step and read by the report. A
 * {@link Distribution} is stored as {@code key.n}, {@code key.median}, {@code key.p95}, {@code key.min},
 * {@code key.max} (seconds).
 */
public final class Results {
    private final Map<String, String> values = new TreeMap<>();

    public void put(String key, Object value) {
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.9g", d) : String.valueOf(value);
        if (text.contains("\n")) {
            throw new IllegalArgumentException("value of " + key + " spans lines");
        }
        values.put(key, text);
    }

    public void put(String key, Distribution d) {
        put(key + ".n", d.n());
        put(key + ".median", d.median());
        put(key + ".p95", d.p95());
        put(key + ".min", d.min());
        put(key + ".max", d.max());
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public Optional<Double> number(String key) {
        return text(key).map(Double::parseDouble);
    }

    public Optional<Distribution> distribution(String key) {
        if (!values.containsKey(key + ".median")) {
            return Optional.empty();
        }
        return Optional.of(new Distribution(
                (int) (double) number(key + ".n").orElseThrow(),
                number(key + ".median").orElseThrow(),
                number(key + ".p95").orElseThrow(),
                number(key + ".min").orElseThrow(),
                number(key + ".max").orElseThrow()));
    }

    /** Adds every entry of the other results, theirs winning. */
    public void putAll(Results other) {
        values.putAll(other.values);
    }

    public void write(Path file) {
        List<String> lines = new ArrayList<>();
        values.forEach((k, v) -> lines.add(k + "=" + v));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = parent.resolve(file.getFileName() + ".partial");
            Files.write(partial, lines, StandardCharsets.UTF_8);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads a results file; a missing file reads as no results. */
    public static Results read(Path file) {
        Results r = new Results();
        if (!Files.exists(file)) {
            return r;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    r.values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return r;
    }
}
