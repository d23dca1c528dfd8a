package org.genobay.cli.hla;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.genobay.cli.MissingInputException;
import org.genobay.hla.HlaException;
import org.genobay.hla.search.DonorIndex;
import org.genobay.hla.search.DonorKind;

/**
 * A donor file as WMDA and NMDP exchange them, one donor per line {@code REGISTRY_ID%GLSTRING} (plain or gzip, told by
 * its first bytes), read into a {@link DonorIndex}. Blank lines are skipped but counted, so an error names the line an
 * editor shows.
 *
 * @param index the donors, each indexed under its entry number
 * @param registryIds per entry number, the donor's registry ID
 */
record DonorFile(DonorIndex index, List<String> registryIds) {

    DonorFile {
        registryIds = List.copyOf(registryIds);
    }

    static DonorFile read(Path file, DonorIndex.Builder builder) {
        List<String> ids = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        try (BufferedReader reader = open(file)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                int separator = text.indexOf('%');
                if (separator < 0) {
                    throw new DonorFileException(file, number, "not REGISTRY_ID%GLSTRING: no '%'");
                }
                String id = text.substring(0, separator).strip();
                String gl = text.substring(separator + 1).strip();
                if (id.isEmpty() || gl.isEmpty()) {
                    throw new DonorFileException(
                            file, number, "not REGISTRY_ID%GLSTRING: no " + (id.isEmpty() ? "registry ID" : "typing"));
                }
                Integer earlier = lineOf.putIfAbsent(id, number);
                if (earlier != null) {
                    throw new DonorFileException(file, number, "registry ID " + id + " is on line " + earlier + " too");
                }
                try {
                    builder.add(ids.size(), DonorKind.DONOR, gl);
                } catch (HlaException e) {
                    // the builder names the entry by its number; the line says more to the user
                    String problem = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                    throw new DonorFileException(file, number, id + ": " + problem);
                }
                ids.add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new DonorFile(builder.build(), ids);
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new MissingInputException("donor file", file);
        }
        try {
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            InputStream content = gzip ? new GZIPInputStream(in, 1 << 16) : in;
            return new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
