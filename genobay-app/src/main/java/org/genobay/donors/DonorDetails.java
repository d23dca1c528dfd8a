package org.genobay.donors;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.genobay.biobank.Sex;
import org.genobay.errors.InvalidInputException;

/**
 * What a registry records of a donor besides the HLA typing: checked here, so the API, the pages and the import apply
 * the same rules.
 *
 * @param unavailableUntil only with {@link DonorStatus#TEMPORARILY_UNAVAILABLE}: until when
 */
public record DonorDetails(
        Sex sex,
        Optional<Integer> birthYear,
        Optional<String> abo,
        Optional<String> cmv,
        DonorStatus status,
        Optional<LocalDate> unavailableUntil) {

    static final Set<String> ABO = Set.of("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-", "A", "B", "AB", "O");
    static final Set<String> CMV = Set.of("POSITIVE", "NEGATIVE");

    public DonorDetails {
        if (sex == null) {
            throw new InvalidInputException("sex", "sex is required: one of FEMALE, MALE, UNKNOWN");
        }
        if (status == null) {
            throw new InvalidInputException(
                    "status", "status is required: one of AVAILABLE, TEMPORARILY_UNAVAILABLE, RETIRED");
        }
        Objects.requireNonNull(birthYear, "birthYear");
        int thisYear = Year.now().getValue();
        birthYear.filter(y -> y < 1900 || y > thisYear).ifPresent(y -> {
            throw new InvalidInputException("birthYear", "birth year " + y + " is not between 1900 and " + thisYear);
        });
        abo = abo.map(String::strip).filter(v -> !v.isEmpty());
        abo.filter(v -> !ABO.contains(v)).ifPresent(v -> {
            throw new InvalidInputException("abo", "ABO group '" + v + "' is not one of " + ABO);
        });
        cmv = cmv.map(String::strip).filter(v -> !v.isEmpty()).map(v -> v.toUpperCase(java.util.Locale.ROOT));
        cmv.filter(v -> !CMV.contains(v)).ifPresent(v -> {
            throw new InvalidInputException("cmv", "CMV serostatus '" + v + "' is not POSITIVE or NEGATIVE");
        });
        Objects.requireNonNull(unavailableUntil, "unavailableUntil");
        if (unavailableUntil.isPresent() && status != DonorStatus.TEMPORARILY_UNAVAILABLE) {
            throw new InvalidInputException(
                    "unavailableUntil", "unavailableUntil goes with TEMPORARILY_UNAVAILABLE, not with " + status);
        }
    }
}
