package org.genobay.variants;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small VCFs written by tests: header with the given samples, then data lines (columns joined by tabs). */
final class TestVcf {
    private final List<String> lines = new ArrayList<>();

    private TestVcf(String... samples) {
        lines.add("##fileformat=VCFv4.2");
        lines.add("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">");
        StringBuilder h = new StringBuilder("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO");
        if (samples.length > 0) {
            h.append("\tFORMAT");
            for (String s : samples) {
                h.append('\t').append(s);
            }
        }
        lines.add(h.toString());
    }

    static TestVcf withSamples(String... samples) {
        return new TestVcf(samples);
    }

    /** A record with FORMAT GT: chrom, pos, id, ref, alt, then one GT per sample. */
    TestVcf record(String chrom, int pos, String id, String ref, String alt, String... gts) {
        StringBuilder b = new StringBuilder();
        b.append(chrom)
                .append('\t')
                .append(pos)
                .append('\t')
                .append(id)
                .append('\t')
                .append(ref)
                .append('\t')
                .append(alt)
                .append("\t.\tPASS\t.");
        if (gts.length > 0) {
            b.append("\tGT");
            for (String g : gts) {
                b.append('\t').append(g);
            }
        }
        lines.add(b.toString());
        return this;
    }

    TestVcf line(String raw) {
        lines.add(raw);
        return this;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    Path write(Path file) {
        try {
            if (file.toString().endsWith(".gz")) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                    out.write(text().getBytes(StandardCharsets.UTF_8));
                }
            } else {
                Files.writeString(file, text());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
