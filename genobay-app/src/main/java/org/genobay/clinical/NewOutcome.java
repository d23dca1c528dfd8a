package org.genobay.clinical;

import java.time.LocalDate;
import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/**
 * A participant's outcome: vital status, date of the last follow-up (the latest date anything is known of the
 * participant) and, for a deceased participant, the date of death, which is required then and allowed only then, and
 * never after the last follow-up.
 */
public record NewOutcome(VitalStatus vitalStatus, Optional<LocalDate> lastFollowUp, Optional<LocalDate> diedOn) {

    public NewOutcome {
        if (vitalStatus == null) {
            throw new InvalidInputException("vitalStatus", "vitalStatus is required: ALIVE, DECEASED or UNKNOWN");
        }
        lastFollowUp = lastFollowUp == null ? Optional.empty() : lastFollowUp;
        diedOn = diedOn == null ? Optional.empty() : diedOn;
        if (vitalStatus == VitalStatus.DECEASED && diedOn.isEmpty()) {
            throw new InvalidInputException("diedOn", "diedOn (the date of death) is required when DECEASED");
        }
        if (vitalStatus != VitalStatus.DECEASED && diedOn.isPresent()) {
            throw new InvalidInputException(
                    "diedOn", "diedOn " + diedOn.get() + " is given, but vitalStatus is " + vitalStatus);
        }
        if (diedOn.isPresent() && lastFollowUp.isPresent() && diedOn.get().isAfter(lastFollowUp.get())) {
            throw new InvalidInputException(
                    "diedOn",
                    "diedOn " + diedOn.get() + " is after the last follow-up " + lastFollowUp.get()
                            + ": the last follow-up is the latest date anything is known of the participant");
        }
    }
}
