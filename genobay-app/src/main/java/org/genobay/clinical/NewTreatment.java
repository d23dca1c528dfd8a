package org.genobay.clinical;

import java.time.LocalDate;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/** A treatment to record: its kind and name, when it started and, once over, when it ended (not before the start). */
public record NewTreatment(TreatmentKind kind, String name, LocalDate startedOn, Optional<LocalDate> endedOn) {

    public NewTreatment {
        if (kind == null) {
            throw new InvalidInputException(
                    "kind", "kind is required: one of " + java.util.Arrays.toString(TreatmentKind.values()));
        }
        name = Texts.required("name", name, 200);
        if (startedOn == null) {
            throw new InvalidInputException("startedOn", "startedOn is required");
        }
        endedOn = endedOn == null ? Optional.empty() : endedOn;
        if (endedOn.isPresent() && endedOn.get().isBefore(startedOn)) {
            throw new InvalidInputException(
                    "endedOn", "endedOn " + endedOn.get() + " is before startedOn " + startedOn);
        }
    }
}
