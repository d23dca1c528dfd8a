package org.genobay.donors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.CsvImportFile;
import org.genobay.biobank.ImportProblem;
import org.genobay.biobank.Sex;
import org.genobay.errors.GenobayException;
import org.genobay.errors.InvalidInputException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of donors, one donor per row, from CSV or from a GL-string file ({@code REGISTRY_ID%GLSTRING} lines, as
 * WMDA and NMDP exchange them), through the same rules as the API (every typing checked with the IMGT/HLA release).
 * One transaction that commits only when no row had a problem: a file is imported whole or not at all, and the report
 * lists every problem with its row (CSV: counted from the line after the header; GL: the line number) and column, in
 * the biobank import's shape.
 */
@Service
public class DonorImport {

    public static final int MAX_ROWS = 10_000;
    static final int MAX_CHARACTERS = 5_000_000;

    public static final List<String> COLUMNS = List.of(
            "registry_id",
            "sex",
            "birth_year",
            "abo",
            "cmv",
            "status",
            "typing_gl",
            "typing_source",
            "typing_method",
            "typing_date");

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "registryId", "registry_id",
            "sex", "sex",
            "birthYear", "birth_year",
            "abo", "abo",
            "cmv", "cmv",
            "status", "status",
            "unavailableUntil", "status",
            "typing", "typing_gl");

    /** The layout of an import file. */
    public enum Format {
        /** A header line naming {@link #COLUMNS}, then one donor per row. */
        CSV,
        /**
         * One donor per line, {@code REGISTRY_ID%GLSTRING}, no header; donors are registered AVAILABLE, sex UNKNOWN.
         */
        GL;

        /** {@code csv} or {@code gl}, any case. */
        public static Format parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("format", "format '" + text + "' is not csv or gl");
            }
        }
    }

    /** A row of either format: its number, its values by CSV column name, or what is wrong with its shape. */
    private record Row(int number, Function<String, Optional<String>> value, Optional<String> malformed) {}

    /** What an import did: the rows, the donors registered, or every problem and nothing registered. */
    public record Report(int rows, int donorsRegistered, List<ImportProblem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean imported() {
            return problems.isEmpty();
        }

        public String summary() {
            return imported()
                    ? rows + " rows imported: " + donorsRegistered + " donors registered"
                    : problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + rows
                            + " rows; nothing was imported";
        }
    }

    private final Donors donors;
    private final TransactionTemplate transaction;

    DonorImport(Donors donors, TransactionTemplate transaction) {
        this.donors = donors;
        this.transaction = transaction;
    }

    public Report run(String csv, CurrentUser user) {
        return run(csv, Format.CSV, user);
    }

    public Report run(String text, Format format, CurrentUser user) {
        DonorRoles.requireWrite(user, "import donors");
        if (text.length() > MAX_CHARACTERS) {
            throw new InvalidInputException(
                    "file", "the file has " + text.length() + " characters; import at most " + MAX_CHARACTERS);
        }
        List<Row> records = format == Format.CSV ? csvRows(text) : glRows(text);
        if (records.size() > MAX_ROWS) {
            throw new InvalidInputException(
                    "file", "the file has " + records.size() + " rows; import at most " + MAX_ROWS + " at a time");
        }
        return transaction.execute(status -> {
            List<ImportProblem> problems = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int registered = 0;
            for (Row record : records) {
                int row = record.number();
                if (record.malformed().isPresent()) {
                    problems.add(new ImportProblem(row, "", record.malformed().get()));
                    continue;
                }
                try {
                    importRow(record.value(), seen, user);
                    registered++;
                } catch (GenobayException e) {
                    String field = e instanceof InvalidInputException i ? i.field() : "registryId";
                    problems.add(new ImportProblem(row, COLUMN_OF_FIELD.getOrDefault(field, field), e.getMessage()));
                } catch (DataAccessException e) {
                    problems.add(
                            new ImportProblem(row, "", "conflicts with data saved meanwhile; import the file again"));
                    break;
                }
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return new Report(records.size(), 0, problems);
            }
            return new Report(records.size(), registered, List.of());
        });
    }

    private static List<Row> csvRows(String csv) {
        return parse(csv).stream()
                .map(record -> new Row(
                        (int) record.getRecordNumber(),
                        column -> record.isMapped(column) && record.isSet(column)
                                ? Optional.of(record.get(column).strip()).filter(v -> !v.isEmpty())
                                : Optional.empty(),
                        Optional.empty()))
                .toList();
    }

    private static List<Row> glRows(String text) {
        return GlDonorFile.lines(text).stream()
                .map(line -> new Row(
                        line.number(),
                        column -> Optional.of(
                                        switch (column) {
                                            case "registry_id" -> line.registryId();
                                            case "typing_gl" -> line.gl();
                                                // a GL file says nothing else of the donor; staff fill it in later
                                            case "sex" -> "UNKNOWN";
                                            default -> "";
                                        })
                                .filter(v -> !v.isEmpty()),
                        line.malformed()))
                .toList();
    }

    private void importRow(Function<String, Optional<String>> value, Set<String> seen, CurrentUser user) {
        String registryId = Donors.registryId(value.apply("registry_id").orElse(null));
        if (!seen.add(registryId)) {
            throw new InvalidInputException("registryId", "registry ID " + registryId + " is twice in the file");
        }
        DonorDetails details = new DonorDetails(
                value.apply("sex").map(v -> parse(Sex.class, "sex", v)).orElse(null),
                value.apply("birth_year").map(v -> integer("birthYear", v)),
                value.apply("abo"),
                value.apply("cmv"),
                value.apply("status")
                        .map(v -> parse(DonorStatus.class, "status", v))
                        .orElse(DonorStatus.AVAILABLE),
                Optional.empty());
        TypingSource typing = new TypingSource(
                value.apply("typing_gl").orElse(null),
                value.apply("typing_source"),
                value.apply("typing_method"),
                value.apply("typing_date").map(DonorImport::date));
        donors.register(registryId, details, typing, user);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field, field + " '" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private static int integer(String field, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a whole number");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("typing_date", "typing_date '" + value + "' is not a date (2024-03-01)");
        }
    }

    private static List<CSVRecord> parse(String csv) {
        return CsvImportFile.rows(csv, COLUMNS, List.of("registry_id", "typing_gl"));
    }
}
