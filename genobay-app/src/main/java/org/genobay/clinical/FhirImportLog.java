package org.genobay.clinical;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.hl7.fhir.r4.model.Element;

/**
 * What one FHIR import found besides what it imports: the problems, each at its location in the bundle, and the
 * entries and elements the model has no place for. A resource with a problem is skipped after the problem is recorded
 * (by throwing {@link Skip}, which {@link #attempt} catches), so that one run reports them all.
 */
final class FhirImportLog {

    /** Thrown after a problem is recorded, to skip the rest of the resource. */
    static final class Skip extends RuntimeException {
        Skip() {
            super(null, null, false, false);
        }
    }

    private final List<FhirProblem> problems = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();

    List<FhirProblem> problems() {
        return problems;
    }

    List<String> ignored() {
        return ignored;
    }

    void ignore(String what) {
        ignored.add(what);
    }

    /** Records a problem and goes on: for an entry that is nothing to skip. */
    void add(FhirProblem problem) {
        problems.add(problem);
    }

    /** Skips the rest of a resource whose problem is recorded already (a resource of a failed Patient). */
    Skip skip() {
        return new Skip();
    }

    /** Runs the import of one resource; a problem recorded in it skips the rest of that resource only. */
    void attempt(Runnable action) {
        try {
            action.run();
        } catch (Skip skip) {
            // the problem is recorded; go on with the next resource, to report them all
        }
    }

    /** The day of a FHIR date or dateTime (the time, if any, is dropped); a value without a day is a problem. */
    Optional<LocalDate> date(String path, Element element) {
        if (element == null || !element.hasPrimitiveValue()) {
            return Optional.empty();
        }
        String text = element.primitiveValue();
        if (text.length() < 10) {
            throw problem(path, "date " + text + " needs a day (YYYY-MM-DD)");
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            throw problem(path, "'" + text + "' is not a date");
        }
    }

    /** Runs an action of a service, turning its refusal into a problem at the resource's location. */
    <T> T guarded(String path, Map<String, String> fields, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            throw problem(path + "." + fields.getOrDefault(e.field(), e.field()), e.getMessage());
        } catch (ConflictException | NotFoundException e) {
            throw problem(path, e.getMessage());
        }
    }

    /** Records a problem at a location; throw what it returns to skip the rest of the resource. */
    Skip problem(String location, String message) {
        problems.add(new FhirProblem(location, message));
        return new Skip();
    }
}
