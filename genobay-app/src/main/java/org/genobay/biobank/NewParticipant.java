package org.genobay.biobank;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.genobay.errors.InvalidInputException;

/** A participant to enrol, with the consent scopes given at enrolment. */
public record NewParticipant(
        String hospitalId,
        Sex sex,
        Optional<Integer> birthYear,
        Optional<String> population,
        Optional<String> genomeSampleId,
        Set<ConsentScope> consents) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public NewParticipant {
        Objects.requireNonNull(hospitalId, "hospitalId");
        if (sex == null) {
            throw new InvalidInputException("sex", "sex is required: one of FEMALE, MALE, UNKNOWN");
        }
        birthYear = birthYear == null ? Optional.empty() : birthYear;
        birthYear.ifPresent(year -> {
            if (year < 1900 || year > Year.now().getValue()) {
                throw new InvalidInputException("birthYear", "birthYear " + year + " is not between 1900 and now");
            }
        });
        population = checked("population", population);
        genomeSampleId = checked("genomeSampleId", genomeSampleId);
        consents = consents == null ? Set.of() : Set.copyOf(consents);
    }

    private static Optional<String> checked(String field, Optional<String> value) {
        Optional<String> present =
                value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
        present.ifPresent(v -> {
            if (!CODE.matcher(v).matches()) {
                throw new InvalidInputException(
                        field, field + " '" + v + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
            }
        });
        return present;
    }

    /** Hides the hospital identifier, which must never reach a log. */
    @Override
    public String toString() {
        return "NewParticipant[sex=" + sex + ", consents=" + consents + "]";
    }
}
