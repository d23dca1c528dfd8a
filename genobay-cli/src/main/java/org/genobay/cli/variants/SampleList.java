package org.genobay.cli.variants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genobay.cli.MissingInputException;
import org.genobay.cli.SampleListException;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;

/**
 * A sample list file as given to {@code --samples}, {@code --cases} or {@code --controls}: one sample ID per line;
 * blank lines and lines starting with {@code #} are skipped. Errors name the file and the line.
 */
record SampleList(Path file, List<Entry> entries) {
    record Entry(int line, String sampleId) {}

    SampleList {
        entries = List.copyOf(entries);
    }

    static SampleList read(Path file) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String id = line.strip();
                if (id.isEmpty() || id.startsWith("#")) {
                    continue;
                }
                Integer earlier = firstLine.putIfAbsent(id, number);
                if (earlier != null) {
                    throw new SampleListException(
                            file, number, "sample '" + id + "' is listed twice (first on line " + earlier + ")");
                }
                entries.add(new Entry(number, id));
            }
        } catch (NoSuchFileException e) {
            throw new MissingInputException("sample list", file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample list " + file + ": " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new SampleListException(file, 0, "lists no samples");
        }
        return new SampleList(file, entries);
    }

    /** The cohort of these samples; the first sample the dataset lacks is reported with its line. */
    Cohort cohortIn(Dataset dataset) {
        Set<String> known = new HashSet<>(dataset.sampleIds());
        List<Entry> unknown =
                entries.stream().filter(e -> !known.contains(e.sampleId())).toList();
        if (!unknown.isEmpty()) {
            Entry first = unknown.get(0);
            String more = unknown.size() > 1 ? " (nor are " + (unknown.size() - 1) + " more samples of this file)" : "";
            throw new SampleListException(
                    file,
                    first.line(),
                    "sample '" + first.sampleId() + "' is not in dataset '" + dataset.name() + "'" + more);
        }
        return dataset.cohort(entries.stream().map(Entry::sampleId).toList());
    }
}
