package org.genobay.hla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one text file of a release line by line: skips the {@code #} header and blank lines, remembers the release
 * version the header states, and turns a bad line into an {@link ImgtFormatException} naming file and line.
 */
final class WmdaFile {
    private static final Pattern VERSION = Pattern.compile("#\\s*version:\\s*IPD-IMGT/HLA\\s+(\\d+\\.\\d+\\.\\d+)");

    /** What to do with each data line. */
    interface LineHandler {
        void accept(String line, int lineNumber);
    }

    private final Path path;
    private String version;

    WmdaFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** The version in the header ({@code # version: IPD-IMGT/HLA 3.44.0}), once {@link #read} has run. */
    Optional<String> version() {
        return Optional.ofNullable(version);
    }

    void read(LineHandler handler) {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.startsWith("#")) {
                    Matcher m = VERSION.matcher(line.strip());
                    if (m.matches()) {
                        version = m.group(1);
                    }
                    continue;
                }
                String data = line.strip();
                if (data.isEmpty()) {
                    continue;
                }
                try {
                    handler.accept(data, number);
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw new ImgtFormatException(path, number, e.getMessage() + " in '" + abbreviate(data) + "'");
                }
            }
        } catch (NoSuchFileException e) {
            throw new ReleaseNotFoundException("missing release file " + path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Splits on {@code sep} keeping empty trailing fields, and checks the count against what the layout allows. */
    static String[] fields(String line, char sep, int min, int max) {
        // a one-character separator that is not a regex metacharacter takes String.split's fast path (no regex)
        String[] parts = line.split(String.valueOf(sep), -1);
        if (parts.length < min || parts.length > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw new IllegalArgumentException(
                    "expected " + expected + " fields separated by '" + sep + "', found " + parts.length);
        }
        return parts;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
