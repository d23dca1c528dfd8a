package org.genobay.biobank;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.genobay.errors.InvalidInputException;

/**
 * The rows of an import file in CSV with a header line, as every bulk import of the platform reads them (specimens
 * here, donors in org.genobay.donors): the header must name the required columns and no unknown one; a file that is
 * not CSV is one problem of field {@code file}, a bad header one of field {@code header}.
 */
public final class CsvImportFile {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private CsvImportFile() {}

    public static List<CSVRecord> rows(String csv, List<String> columns, List<String> required) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            if (!header.containsAll(required)) {
                throw new InvalidInputException(
                        "header",
                        "the first line must name the columns, among them " + String.join(" and ", required)
                                + "; columns: " + columns);
            }
            List<String> unknown =
                    header.stream().filter(h -> !columns.contains(h)).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(
                        "header", "unknown columns " + unknown + " (names are lower case); columns: " + columns);
            }
            return parser.getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("file", "the file is not valid CSV: " + e.getMessage());
        }
    }
}
