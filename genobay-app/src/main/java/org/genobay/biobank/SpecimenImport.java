package org.genobay.biobank;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.ConflictException;
import org.genobay.errors.GenobayException;
import org.genobay.errors.InvalidInputException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of participants and their primary specimens from CSV, one specimen per row. Every row goes through the
 * same rules as the API; the import runs in one transaction that commits only when no row had a problem, so a file is
 * imported whole or not at all, and the report lists every problem with its row and column.
 */
@Service
public class SpecimenImport {

    public static final int MAX_ROWS = 10_000;
    static final int MAX_CHARACTERS = 5_000_000;

    /** The columns, in the order of the template; only hospital_id is always required. */
    public static final List<String> COLUMNS = List.of(
            "hospital_id",
            "sex",
            "birth_year",
            "population",
            "genome_sample_id",
            "consents",
            "specimen_type",
            "quantity",
            "unit",
            "collected_at",
            "collection_site",
            "box_id",
            "position",
            "protocol");

    // Which column a field named in a service's error stands for.
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("hospitalId", "hospital_id"),
            Map.entry("participant", "hospital_id"),
            Map.entry("birthYear", "birth_year"),
            Map.entry("genomeSampleId", "genome_sample_id"),
            Map.entry("type", "specimen_type"),
            Map.entry("collectedAt", "collected_at"),
            Map.entry("collectionSite", "collection_site"),
            Map.entry("boxId", "box_id"),
            Map.entry("notes", "notes"),
            Map.entry("protocol", "protocol"));

    private final Participants participants;
    private final Specimens specimens;
    private final Storage storage;
    private final TransactionTemplate transaction;

    SpecimenImport(Participants participants, Specimens specimens, Storage storage, TransactionTemplate transaction) {
        this.participants = participants;
        this.specimens = specimens;
        this.storage = storage;
        this.transaction = transaction;
    }

    public ImportReport run(String csv, CurrentUser user) {
        BiobankRoles.requireWrite(user, "import participants and specimens");
        if (csv.length() > MAX_CHARACTERS) {
            throw new InvalidInputException(
                    "file", "the file has " + csv.length() + " characters; import at most " + MAX_CHARACTERS);
        }
        List<CSVRecord> records = parse(csv);
        return transaction.execute(status -> {
            Counts counts = new Counts();
            List<ImportProblem> problems = new ArrayList<>();
            for (CSVRecord record : records) {
                int row = (int) record.getRecordNumber();
                try {
                    importRow(record, user, counts);
                } catch (GenobayException e) {
                    problems.add(new ImportProblem(row, column(e), e.getMessage()));
                } catch (DataAccessException e) {
                    // The session cannot be trusted after a failed write: report it and check no further.
                    problems.add(
                            new ImportProblem(row, "", "conflicts with data saved meanwhile; import the file again"));
                    break;
                }
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return new ImportReport(records.size(), 0, 0, problems);
            }
            return new ImportReport(records.size(), counts.participants, counts.specimens, List.of());
        });
    }

    private void importRow(CSVRecord record, CurrentUser user, Counts counts) {
        Function<String, Optional<String>> value = column -> record.isMapped(column) && record.isSet(column)
                ? Optional.of(record.get(column).strip()).filter(v -> !v.isEmpty())
                : Optional.empty();
        String hospitalId = value.apply("hospital_id")
                .orElseThrow(() -> new InvalidInputException("hospitalId", "hospital_id is required"));
        Optional<Participant> enrolled = participants.byHospitalId(hospitalId, user);
        String studyId;
        if (enrolled.isPresent()) {
            studyId = enrolled.get().studyId();
        } else {
            Sex sex = value.apply("sex")
                    .map(v -> parse(Sex.class, "sex", v))
                    .orElseThrow(() -> new InvalidInputException("sex", "sex is required to enrol a new participant"));
            Set<ConsentScope> consents = value.apply("consents").stream()
                    .flatMap(v -> Arrays.stream(v.split("[;|]")))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .map(v -> parse(ConsentScope.class, "consents", v))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentScope.class)));
            NewParticipant details = new NewParticipant(
                    hospitalId,
                    sex,
                    value.apply("birth_year").map(v -> integer("birth_year", v)),
                    value.apply("population"),
                    value.apply("genome_sample_id"),
                    consents);
            studyId = participants.enrol(details, user).studyId();
            counts.participants++;
        }
        Optional<String> type = value.apply("specimen_type");
        if (type.isEmpty()) {
            return;
        }
        Unit unit = parse(Unit.class, "unit", value.apply("unit").orElse(""));
        BigDecimal amount = value.apply("quantity")
                .map(v -> decimal("quantity", v))
                .orElseThrow(() -> new InvalidInputException("quantity", "quantity is required with a specimen"));
        NewSpecimen specimen = new NewSpecimen(
                studyId,
                parse(SpecimenType.class, "specimen_type", type.get()),
                new Quantity(amount, unit),
                value.apply("collected_at").map(SpecimenImport::instant).orElse(null),
                value.apply("collection_site").orElse(null),
                Optional.empty(),
                value.apply("protocol"));
        String code = specimens.collect(specimen, user).code();
        counts.specimens++;
        Optional<String> box = value.apply("box_id");
        if (box.isPresent()) {
            BoxPosition position = BoxPosition.parse(value.apply("position").orElse(null));
            storage.place(code, integer("box_id", box.get()), position, user);
        }
    }

    private static List<CSVRecord> parse(String csv) {
        List<CSVRecord> records = CsvImportFile.rows(csv, COLUMNS, List.of("hospital_id"));
        if (records.size() > MAX_ROWS) {
            throw new InvalidInputException(
                    "file", "the file has " + records.size() + " rows; import at most " + MAX_ROWS + " at a time");
        }
        return records;
    }

    private static String column(GenobayException e) {
        if (e instanceof InvalidInputException invalid) {
            return COLUMN_OF_FIELD.getOrDefault(invalid.field(), invalid.field());
        }
        if (e instanceof ConflictException) {
            return switch (e.problem()) {
                case "position-occupied", "invalid-status" -> "position";
                case "protocol-retired", "consent-missing" -> "protocol";
                default -> "hospital_id";
            };
        }
        return "";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String column, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    column, column + " '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static int integer(String column, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(column, column + " '" + value + "' is not a whole number");
        }
    }

    private static BigDecimal decimal(String column, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(column, column + " '" + value + "' is not a number");
        }
    }

    /** An ISO instant (2024-03-01T08:30:00Z) or a local date and time in the server's zone (2024-03-01 08:30). */
    private static Instant instant(String value) {
        try {
            return value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? java.time.OffsetDateTime.parse(value).toInstant()
                    : LocalDateTime.parse(value.replace(' ', 'T'))
                            .atZone(ZoneId.systemDefault())
                            .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "collectedAt", "collected_at '" + value + "' is not a date and time like 2024-03-01 08:30");
        }
    }

    private static final class Counts {
        int participants;
        int specimens;
    }
}
