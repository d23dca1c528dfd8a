package org.genobay.clinical;

import java.time.LocalDate;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** The rules every clinical date follows: not in the future, and not before the year the participant was born. */
final class ClinicalDates {

    private ClinicalDates() {}

    static void check(String field, Optional<LocalDate> date, Optional<Integer> birthYear, LocalDate today) {
        date.ifPresent(d -> check(field, d, birthYear, today));
    }

    static void check(String field, LocalDate date, Optional<Integer> birthYear, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidInputException(field, field + " " + date + " is in the future");
        }
        birthYear.ifPresent(year -> {
            if (date.getYear() < year) {
                throw new InvalidInputException(
                        field, field + " " + date + " is before the participant's birth year " + year);
            }
        });
    }
}
