package org.genobay.bench.e2e;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} options of the benchmark mains; a flag without a value reads as {@code true}. */
public final class BenchmarkOptions {
    private final Map<String, String> values;

    private BenchmarkOptions(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static BenchmarkOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            values.put(name, flag ? "true" : args[++i]);
        }
        return new BenchmarkOptions(values);
    }

    /** @throws IllegalArgumentException if the option is missing */
    public Path path(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return Path.of(v);
    }

    public String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    public long number(String name, long otherwise) {
        String v = values.get(name);
        try {
            return v == null ? otherwise : Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + v + "'");
        }
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }
}
