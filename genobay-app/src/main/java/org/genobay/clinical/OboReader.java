package org.genobay.clinical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an ontology in OBO 1.2/1.4 format, as HPO publishes it ({@code hp.obo}): the {@code [Term]} stanzas with their
 * {@code id}, {@code name} and {@code is_a} tags. Obsolete terms are left out; other tags and stanzas are skipped. A
 * line that is not {@code tag: value}, a term without id or name, a duplicate id, or an is_a naming no term of the file
 * fails with the file and line.
 */
final class OboReader {

    private OboReader() {}

    static Terminology read(String name, String file, Reader source) {
        Map<String, OntologyTerm> terms = new LinkedHashMap<>();
        Map<String, Integer> parentLines = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(source)) {
            Stanza stanza = null;
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("!")) {
                    continue;
                }
                if (text.startsWith("[")) {
                    if (!text.endsWith("]")) {
                        throw new MalformedTerminologyException(file, number, "stanza header '" + text + "' lacks ]");
                    }
                    add(stanza, terms, parentLines, file);
                    stanza = text.equals("[Term]") ? new Stanza(number) : null;
                    continue;
                }
                int colon = text.indexOf(':');
                if (colon <= 0) {
                    throw new MalformedTerminologyException(
                            file, number, "expected 'tag: value', found '" + text + "'");
                }
                if (stanza != null) {
                    stanza.tag(text.substring(0, colon).strip(), value(text.substring(colon + 1)), number);
                }
            }
            add(stanza, terms, parentLines, file);
        } catch (IOException e) {
            throw new MalformedTerminologyException(file, "cannot be read: " + e.getMessage(), e);
        }
        for (OntologyTerm term : terms.values()) {
            for (String parent : term.parents()) {
                if (!terms.containsKey(parent)) {
                    throw new MalformedTerminologyException(
                            file,
                            parentLines.get(term.id() + " " + parent),
                            "term " + term.id() + " is_a " + parent + ", which is not a term of the file");
                }
            }
        }
        if (terms.isEmpty()) {
            throw new MalformedTerminologyException(file, 0, "no [Term] stanza found: is it an OBO file?");
        }
        return new Terminology(name, file, terms.values());
    }

    private static void add(
            Stanza stanza, Map<String, OntologyTerm> terms, Map<String, Integer> parentLines, String file) {
        if (stanza == null || stanza.obsolete) {
            return;
        }
        if (stanza.id == null || stanza.name == null) {
            throw new MalformedTerminologyException(
                    file, stanza.line, "the [Term] starting here has no " + (stanza.id == null ? "id" : "name"));
        }
        if (terms.containsKey(stanza.id)) {
            throw new MalformedTerminologyException(file, stanza.line, "term " + stanza.id + " appears twice");
        }
        terms.put(stanza.id, new OntologyTerm(stanza.id, stanza.name, stanza.parents));
        stanza.parentLines.forEach((parent, line) -> parentLines.put(stanza.id + " " + parent, line));
    }

    /** The value of a tag without its trailing comment ({@code ! name}) and qualifiers ({@code {…}}). */
    private static String value(String raw) {
        String value = raw.strip();
        int comment = value.indexOf(" !");
        if (comment >= 0) {
            value = value.substring(0, comment);
        }
        int qualifiers = value.indexOf(" {");
        if (qualifiers >= 0 && value.endsWith("}")) {
            value = value.substring(0, qualifiers);
        }
        return value.strip();
    }

    private static final class Stanza {
        final int line;
        String id;
        String name;
        boolean obsolete;
        final List<String> parents = new ArrayList<>();
        final Map<String, Integer> parentLines = new LinkedHashMap<>();

        Stanza(int line) {
            this.line = line;
        }

        void tag(String tag, String value, int number) {
            switch (tag) {
                case "id" -> id = value;
                case "name" -> name = value;
                case "is_obsolete" -> obsolete = value.equals("true");
                case "is_a" -> {
                    parents.add(value);
                    parentLines.put(value, number);
                }
                default -> {
                    // def, synonym, xref, comment, alt_id …: not needed for validation and descendant queries
                }
            }
        }
    }
}
