package org.genobay.clinical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an ICD-10 code list in one of two forms, told apart by the first character:
 *
 * <ul>
 *   <li>WHO's ClaML XML ({@code icd102019en.xml}): every {@code Class} (chapter, block, category) with its code, its
 *       preferred label and its {@code SuperClass};
 *   <li>a tab-separated list, one code a line: {@code code<TAB>title[<TAB>parent]}. Without a parent column, a code
 *       with a dot belongs to the code before the dot (I21.0 to I21) and a three-character code to the narrowest block
 *       of the file whose range holds it (I21 to I20-I25); blocks and chapters name their parent explicitly.
 * </ul>
 *
 * A line without a tab, a class without code or label, or a parent that is not in the file fails with file and line.
 */
final class Icd10Reader {

    private Icd10Reader() {}

    static Terminology read(String file, Reader source) {
        String text;
        try (BufferedReader in = new BufferedReader(source)) {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.append(buffer, 0, n);
            }
            text = all.toString();
        } catch (IOException e) {
            throw new MalformedTerminologyException(file, "cannot be read: " + e.getMessage(), e);
        }
        List<Entry> entries = text.stripLeading().startsWith("<") ? claml(file, text) : tsv(file, text);
        if (entries.isEmpty()) {
            throw new MalformedTerminologyException(file, 0, "no ICD-10 code found");
        }
        Map<String, Entry> byCode = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (byCode.putIfAbsent(entry.code, entry) != null) {
                throw new MalformedTerminologyException(file, entry.line, "code " + entry.code + " appears twice");
            }
        }
        List<OntologyTerm> terms = new ArrayList<>();
        for (Entry entry : entries) {
            Optional<String> parent =
                    entry.parent.or(() -> entry.inferParent ? inferred(entry.code, byCode) : Optional.empty());
            if (parent.isPresent() && !byCode.containsKey(parent.get())) {
                throw new MalformedTerminologyException(
                        file,
                        entry.line,
                        "code " + entry.code + " names parent " + parent.get() + ", which is not in the file");
            }
            terms.add(new OntologyTerm(entry.code, entry.title, parent.stream().toList()));
        }
        return new Terminology("ICD-10", file, terms);
    }

    private record Entry(String code, String title, Optional<String> parent, boolean inferParent, int line) {}

    private static List<Entry> tsv(String file, String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()
                    || line.startsWith("#")
                    || line.toLowerCase(Locale.ROOT).startsWith("code\ttitle")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new MalformedTerminologyException(
                        file, i + 1, "expected 'code<TAB>title' or 'code<TAB>title<TAB>parent', found '" + line + "'");
            }
            String code = fields[0].strip().toUpperCase(Locale.ROOT);
            Optional<String> parent = fields.length == 3 && !fields[2].isBlank()
                    ? Optional.of(fields[2].strip().toUpperCase(Locale.ROOT))
                    : Optional.empty();
            entries.add(new Entry(code, fields[1].strip(), parent, fields.length == 2, i + 1));
        }
        return entries;
    }

    /** I21.0 → I21; I21 → the narrowest block holding it (I20-I25). */
    private static Optional<String> inferred(String code, Map<String, Entry> byCode) {
        int dot = code.indexOf('.');
        if (dot > 0) {
            return Optional.of(code.substring(0, dot));
        }
        if (code.contains("-") || code.length() != 3) {
            return Optional.empty();
        }
        String best = null;
        for (String block : byCode.keySet()) {
            String[] range = block.split("-");
            if (range.length == 2
                    && range[0].length() == 3
                    && range[1].length() == 3
                    && range[0].compareTo(code) <= 0
                    && code.compareTo(range[1]) <= 0
                    && (best == null || width(block) < width(best))) {
                best = block;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int width(String block) {
        String[] range = block.split("-");
        return (range[1].charAt(0) - range[0].charAt(0)) * 100
                + Integer.parseInt(range[1].substring(1).replaceAll("\\D", "0"))
                - Integer.parseInt(range[0].substring(1).replaceAll("\\D", "0"));
    }

    private static List<Entry> claml(String file, String text) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Entry> entries = new ArrayList<>();
        XMLStreamReader xml = null;
        int line = 0;
        try {
            xml = factory.createXMLStreamReader(new StringReader(text));
            String code = null;
            String parent = null;
            int classLine = 0;
            boolean preferred = false;
            StringBuilder label = null;
            String title = null;
            while (xml.hasNext()) {
                int event = xml.next();
                line = xml.getLocation().getLineNumber();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Class" -> {
                            code = xml.getAttributeValue(null, "code");
                            classLine = line;
                            parent = null;
                            title = null;
                            if (code == null || code.isBlank()) {
                                throw new MalformedTerminologyException(file, line, "Class without a code attribute");
                            }
                        }
                        case "SuperClass" -> {
                            if (code != null) {
                                parent = xml.getAttributeValue(null, "code");
                            }
                        }
                        case "Rubric" -> preferred =
                                code != null && "preferred".equals(xml.getAttributeValue(null, "kind"));
                        case "Label" -> label = preferred && title == null ? new StringBuilder() : null;
                        default -> {}
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && label != null) {
                    label.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Label" -> {
                            if (label != null) {
                                title = label.toString().replaceAll("\\s+", " ").strip();
                                label = null;
                            }
                        }
                        case "Rubric" -> preferred = false;
                        case "Class" -> {
                            if (title == null || title.isEmpty()) {
                                throw new MalformedTerminologyException(
                                        file, classLine, "Class " + code + " has no preferred label");
                            }
                            entries.add(new Entry(
                                    code.strip().toUpperCase(Locale.ROOT),
                                    title,
                                    Optional.ofNullable(parent)
                                            .map(p -> p.strip().toUpperCase(Locale.ROOT)),
                                    false,
                                    classLine));
                            code = null;
                        }
                        default -> {}
                    }
                }
            }
        } catch (XMLStreamException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
            throw new MalformedTerminologyException(file, at, "not well-formed ClaML XML: " + e.getMessage());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing was written
                }
            }
        }
        return entries;
    }
}
