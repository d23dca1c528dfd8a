package org.genobay.hla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NMDP multiple allele codes (MACs): {@code AB} stands for {@code 01/02} (generic: second fields under the typed first
 * field) and {@code DEF} for {@code 02:01/03:01} (allele-specific). Reads NMDP's {@code numer.v3.txt} /
 * {@code alpha.v3.txt} (tab-separated code and expansion) or a CSV file with {@code Code} and {@code HLA} columns.
 * Immutable once read.
 */
public final class MacDictionary {
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,}");
    private static final Pattern EXPANSION = Pattern.compile("[0-9A-Z]+(?::[0-9A-Z]+)?(?:/[0-9A-Z]+(?::[0-9A-Z]+)?)*");

    private final Map<String, List<String>> expansions;

    private MacDictionary(Map<String, List<String>> expansions) {
        this.expansions = Map.copyOf(expansions);
    }

    public static MacDictionary of(Map<String, List<String>> expansions) {
        Map<String, List<String>> copy = new HashMap<>();
        expansions.forEach((code, values) -> copy.put(code, List.copyOf(values)));
        return new MacDictionary(copy);
    }

    public static MacDictionary read(Path file) {
        Map<String, List<String>> expansions = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int codeColumn = -1;
            int hlaColumn = -1;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String data = line.strip();
                if (data.isEmpty() || data.startsWith("#") || data.startsWith("\"")) {
                    continue;
                }
                if (codeColumn < 0 && data.contains(",") && data.startsWith("Code")) {
                    List<String> header = List.of(data.split(","));
                    codeColumn = header.indexOf("Code");
                    hlaColumn = header.indexOf("HLA");
                    if (hlaColumn < 0) {
                        throw new MacFormatException(file, number, "CSV header has no 'HLA' column");
                    }
                    continue;
                }
                String[] f = codeColumn >= 0 ? data.split(",", -1) : data.split("\t");
                String code;
                String expansion;
                if (codeColumn >= 0) {
                    if (f.length <= Math.max(codeColumn, hlaColumn)) {
                        throw new MacFormatException(file, number, "expected a code and an HLA column");
                    }
                    code = f[codeColumn];
                    expansion = f[hlaColumn];
                } else {
                    int first = f[0].equals("*") ? 1 : 0; // alpha.v3.txt marks codes with a leading "*" column
                    if (f.length - first == 2 && f[first].equals("CODE")) {
                        continue;
                    }
                    if (f.length - first != 2) {
                        throw new MacFormatException(file, number, "expected CODE<tab>SUBTYPE");
                    }
                    code = f[first].strip();
                    expansion = f[first + 1].strip();
                }
                if (!CODE.matcher(code).matches()
                        || !EXPANSION.matcher(expansion).matches()) {
                    throw new MacFormatException(
                            file, number, "'" + code + "' -> '" + expansion + "' is not a code and its alleles");
                }
                expansions.put(code, List.of(expansion.split("/")));
            }
        } catch (NoSuchFileException e) {
            throw new ReleaseNotFoundException("MAC file " + file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new MacDictionary(expansions);
    }

    /** The expansion of a code as the file gives it ({@code [01, 02]} or {@code [02:01, 03:01]}). */
    public Optional<List<String>> expansion(String code) {
        return Optional.ofNullable(expansions.get(code));
    }

    public int size() {
        return expansions.size();
    }
}
