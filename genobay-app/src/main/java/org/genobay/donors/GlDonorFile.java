package org.genobay.donors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A donor file as WMDA and NMDP exchange them: one donor per line, {@code REGISTRY_ID%GLSTRING}, no header. Blank lines
 * are skipped but counted, so a line's number is the one an editor shows.
 */
final class GlDonorFile {

    /**
     * One non-blank line: its number and its two fields, or why it cannot be split into them.
     *
     * @param malformed what is wrong with the line's shape, when it has no {@code %}
     */
    record Line(int number, String registryId, String gl, Optional<String> malformed) {}

    private GlDonorFile() {}

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            int separator = line.indexOf('%');
            if (separator < 0) {
                lines.add(new Line(
                        number, "", "", Optional.of("line " + number + " is not REGISTRY_ID%GLSTRING: it has no '%'")));
                continue;
            }
            String id = line.substring(0, separator).strip();
            String gl = line.substring(separator + 1).strip();
            // an empty field is not a shape problem: the import names the missing value as for a CSV row
            lines.add(new Line(number, id, gl, Optional.empty()));
        }
        return lines;
    }
}
