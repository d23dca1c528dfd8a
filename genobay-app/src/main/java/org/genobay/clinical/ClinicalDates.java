package org.genobay.clinical;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/**
 * The rules every clinical date of one participant follows: not in the future, not before the year the participant
 * was born, and not after the participant's recorded date of death.
 */
record ClinicalDates(Optional<Integer> birthYear, Optional<LocalDate> diedOn, LocalDate today) {

    /** A date of a recorded row, with the words that name the row and the date (e.g. "treatment 4 (PCI) ended"). */
    record Dated(String what, LocalDate date) {}

    void check(String field, Optional<LocalDate> date) {
        date.ifPresent(d -> check(field, d));
    }

    void check(String field, LocalDate date) {
        if (date.isAfter(today)) {
            throw new InvalidInputException(field, field + " " + date + " is in the future");
        }
        birthYear.ifPresent(year -> {
            if (date.getYear() < year) {
                throw new InvalidInputException(
                        field, field + " " + date + " is before the participant's birth year " + year);
            }
        });
        diedOn.ifPresent(death -> {
            if (date.isAfter(death)) {
                throw new InvalidInputException(
                        field, field + " " + date + " is after the participant's date of death " + death);
            }
        });
    }

    /** A date of death is refused while a recorded row is dated after it; the message names the latest such row. */
    static void noneAfterDeath(LocalDate death, List<Dated> recorded) {
        List<Dated> after = recorded.stream()
                .filter(r -> r.date().isAfter(death))
                .sorted(Comparator.comparing(Dated::date).reversed())
                .toList();
        if (!after.isEmpty()) {
            Dated latest = after.get(0);
            String more = after.size() == 1 ? "" : " (and " + (after.size() - 1) + " more dated after it)";
            throw new InvalidInputException(
                    "diedOn",
                    "diedOn " + death + " is before " + latest.what() + " " + latest.date() + more
                            + ": correct that record or the date of death");
        }
    }
}
