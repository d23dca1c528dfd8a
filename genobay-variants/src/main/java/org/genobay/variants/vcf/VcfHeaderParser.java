package org.genobay.variants.vcf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genobay.variants.DuplicateSampleException;
import org.genobay.variants.VcfFormatException;

/** Checks the header lines the store relies on and collects contigs and samples; see {@link VcfHeader}. */
final class VcfHeaderParser {
    private static final String[] FIXED = {"#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"};

    private final String file;
    private String fileformat;
    private final List<String> contigs = new ArrayList<>();
    private int lines;

    VcfHeaderParser(String file) {
        this.file = file;
    }

    /**
     * Feeds one header line (without line terminator).
     *
     * @return the header once the #CHROM line is read, else null to ask for the next line
     */
    VcfHeader accept(String line) {
        lines++;
        if (lines == 1) {
            if (!line.startsWith("##fileformat=")) {
                throw error(
                        "fileformat", "the first line must be ##fileformat=VCFv4.x, found '" + abbreviate(line) + "'");
            }
            fileformat = line.substring("##fileformat=".length()).strip();
            if (!fileformat.startsWith("VCFv")) {
                throw error("fileformat", "'" + fileformat + "' is not a VCF version");
            }
            return null;
        }
        if (line.startsWith("##")) {
            if (line.startsWith("##contig=")) {
                contigs.add(contigId(line));
            } else if (line.startsWith("##FORMAT=<ID=GT,")) {
                checkGtDeclaration(line);
            }
            return null;
        }
        if (line.startsWith("#CHROM")) {
            return columns(line);
        }
        throw error(
                "header",
                line.isEmpty()
                        ? "empty line inside the header"
                        : "expected a ## meta line or the " + "#CHROM line, found '" + abbreviate(line) + "'");
    }

    /** The input ended before the #CHROM line. */
    VcfFormatException missingColumnsLine() {
        return new VcfFormatException(
                file, 0, "#CHROM", lines == 0 ? "the file is empty" : "the header has no #CHROM line");
    }

    private String contigId(String line) {
        String body = line.substring("##contig=".length());
        if (!body.startsWith("<") || !body.endsWith(">")) {
            throw error("contig", "a ##contig line must be ##contig=<ID=...,...>");
        }
        String id = null;
        for (String part : splitStructured(body.substring(1, body.length() - 1))) {
            if (part.indexOf('=') <= 0) {
                throw error(
                        "contig",
                        "'" + abbreviate(part) + "' is not key=value"
                                + " (a contig ID cannot hold a comma: it separates the line's key=value pairs)");
            }
            if (id == null && part.startsWith("ID=")) {
                id = part.substring(3);
            }
        }
        if (id == null) {
            throw error("contig", "a ##contig line has no ID");
        }
        String problem = ContigNames.problem(id, false);
        if (problem != null) {
            throw error("contig", "contig ID " + problem);
        }
        return id;
    }

    /** The store reads GT as a String of allele indices, one value per sample. */
    private void checkGtDeclaration(String line) {
        String body = line.substring("##FORMAT=".length());
        if (!body.endsWith(">")) {
            throw error("FORMAT", "a ##FORMAT line must be ##FORMAT=<ID=...,Number=...,Type=...,Description=...>");
        }
        for (String part : splitStructured(body.substring(1, body.length() - 1))) {
            if (part.startsWith("Number=") && !part.equals("Number=1")) {
                throw error("FORMAT", "GT is declared with " + part + "; GT must be Number=1, Type=String");
            }
            if (part.startsWith("Type=") && !part.equals("Type=String")) {
                throw error("FORMAT", "GT is declared with " + part + "; GT must be Number=1, Type=String");
            }
        }
    }

    /** Splits key=value pairs on commas outside double quotes. */
    private static List<String> splitStructured(String s) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    private VcfHeader columns(String line) {
        String[] cols = line.split("\t", -1);
        for (int i = 0; i < FIXED.length; i++) {
            if (i >= cols.length || !cols[i].equals(FIXED[i])) {
                throw error(
                        FIXED[i],
                        "the #CHROM line must start with the tab-separated columns "
                                + String.join(" ", FIXED) + "; column " + (i + 1) + " is '"
                                + (i < cols.length ? cols[i] : "missing") + "'");
            }
        }
        boolean format = cols.length > FIXED.length;
        if (format && !cols[FIXED.length].equals("FORMAT")) {
            throw error("FORMAT", "column 9 of the #CHROM line must be FORMAT, found '" + cols[FIXED.length] + "'");
        }
        List<String> samples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = FIXED.length + 1; i < cols.length; i++) {
            String s = cols[i];
            if (s.isEmpty()) {
                throw error("sample column " + (i + 1), "sample name is empty");
            }
            if (!seen.add(s)) {
                throw new DuplicateSampleException(file + ", line " + lines + " (#CHROM)", s);
            }
            samples.add(s);
        }
        return new VcfHeader(fileformat, contigs, samples, format, lines);
    }

    private VcfFormatException error(String field, String problem) {
        return new VcfFormatException(file, lines, field, problem);
    }

    static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
