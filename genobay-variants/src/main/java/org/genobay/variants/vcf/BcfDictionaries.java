package org.genobay.variants.vcf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.genobay.variants.VcfFormatException;

/**
 * The two dictionaries a BCF record refers to by number (VCF 4.3 section 6.2.1): strings (the IDs of FILTER, INFO and
 * FORMAT lines in header order, PASS first, an ID declared twice numbered once) and contigs. An {@code IDX=} field
 * (BCF 2.2) fixes a line's number; lines without one take the next free number, as htslib numbers them.
 */
final class BcfDictionaries {
    private final String file;
    private final Map<String, Integer> strings = new HashMap<>();
    private int nextString;
    private final List<String> contigs = new ArrayList<>();
    private final Map<String, Integer> contigIndex = new HashMap<>();
    private int lines;

    BcfDictionaries(String file) {
        this.file = file;
        strings.put("PASS", 0);
        nextString = 1;
    }

    /** Feeds one header line (without terminator). */
    void accept(String line) {
        lines++;
        if (line.startsWith("##FILTER=<") || line.startsWith("##INFO=<") || line.startsWith("##FORMAT=<")) {
            Map<String, String> fields = structured(line);
            String id = fields.get("ID");
            if (id == null || strings.containsKey(id)) {
                return;
            }
            int idx = index(fields, nextString);
            strings.put(id, idx);
            nextString = Math.max(nextString, idx + 1);
        } else if (line.startsWith("##contig=<")) {
            Map<String, String> fields = structured(line);
            String id = fields.get("ID");
            if (id == null || contigIndex.containsKey(id)) {
                return;
            }
            int idx = index(fields, contigs.size());
            while (contigs.size() <= idx) {
                contigs.add(null);
            }
            if (contigs.get(idx) != null) {
                throw new VcfFormatException(
                        file,
                        lines,
                        "contig",
                        "IDX=" + idx + " is given to contigs " + contigs.get(idx) + " and " + id);
            }
            contigs.set(idx, id);
            contigIndex.put(id, idx);
        }
    }

    private int index(Map<String, String> fields, int next) {
        String idx = fields.get("IDX");
        if (idx == null) {
            return next;
        }
        try {
            int i = Integer.parseInt(idx);
            if (i >= 0 && i < 1 << 24) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new VcfFormatException(file, lines, "IDX", "'" + idx + "' is not a dictionary index");
    }

    /** The number of a FILTER, INFO or FORMAT ID, if the header declares it. */
    OptionalInt string(String id) {
        Integer i = strings.get(id);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Contig names by their number; a number no contig line holds is null (a record that uses it is refused). */
    List<String> contigsByIndex() {
        return Collections.unmodifiableList(contigs);
    }

    /** Key=value pairs of a structured meta line; commas inside double quotes do not split. */
    private static Map<String, String> structured(String line) {
        int open = line.indexOf('<');
        int close = line.lastIndexOf('>');
        String body = close > open ? line.substring(open + 1, close) : line.substring(open + 1);
        Map<String, String> out = new HashMap<>();
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : ',';
            if (c == '"' && (i == 0 || body.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                String part = body.substring(from, i);
                int eq = part.indexOf('=');
                if (eq > 0) {
                    out.putIfAbsent(part.substring(0, eq).strip(), part.substring(eq + 1));
                }
                from = i + 1;
            }
        }
        return out;
    }
}
