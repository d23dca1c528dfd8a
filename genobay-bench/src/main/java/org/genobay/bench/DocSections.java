package org.genobay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sections of {@code docs/benchmarks.md} that belong to one benchmark each: every benchmark script rewrites only its
 * own section, delimited by {@code <!-- section: NAME -->} and {@code <!-- end section: NAME -->} lines, so that the
 * figures of one run never erase another benchmark's.
 */
public final class DocSections {
    private static final Pattern SECTION =
            Pattern.compile("(?s)<!-- section: ([\\w.-]+) -->.*?<!-- end section: \\1 -->");

    private DocSections() {}

    public static String begin(String name) {
        return "<!-- section: " + name + " -->";
    }

    public static String end(String name) {
        return "<!-- end section: " + name + " -->";
    }

    /** The body wrapped in the section's delimiter lines. */
    public static String wrap(String name, String body) {
        return begin(name) + "\n" + body.strip() + "\n" + end(name);
    }

    /** Every delimited section of the text, delimiters included, in order. */
    public static List<String> all(String text) {
        List<String> sections = new ArrayList<>();
        Matcher m = SECTION.matcher(text);
        while (m.find()) {
            sections.add(m.group());
        }
        return sections;
    }

    /** Replaces the named section of the file with {@code section} (delimiters included), or appends it. */
    public static void replace(Path doc, String name, String section) throws IOException {
        String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        int begin = text.indexOf(begin(name));
        int end = text.indexOf(end(name), Math.max(begin, 0));
        String updated;
        if (begin >= 0 && end > begin) {
            updated = text.substring(0, begin)
                    + section
                    + text.substring(end + end(name).length());
        } else {
            updated = text + (text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n")
                    + section + "\n";
        }
        write(doc, updated);
    }

    /** Writes the file through a temporary sibling, so that a reader never sees half of it. */
    public static void write(Path doc, String text) throws IOException {
        Path parent = doc.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(doc.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, doc, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
