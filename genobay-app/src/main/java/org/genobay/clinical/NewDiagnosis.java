package org.genobay.clinical;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** A diagnosis to record: an ICD-10 code (checked against the loaded code list by the service) and when it was made. */
public record NewDiagnosis(String code, Optional<LocalDate> diagnosedOn) {

    public NewDiagnosis {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "code is required: an ICD-10 code such as I21.0");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        diagnosedOn = diagnosedOn == null ? Optional.empty() : diagnosedOn;
    }
}
