package org.genobay.biobank;

import java.util.Optional;
import org.genobay.errors.InvalidInputException;

/**
 * A child of a specimen: an aliquot when it has the parent's type, a derivative (DNA from blood, plasma from blood)
 * otherwise. {@code taken} is how much of the parent it uses; an aliquot may leave it out, as it takes its own quantity.
 */
public record NewDerivative(
        Optional<SpecimenType> type, Quantity quantity, Optional<Quantity> taken, Optional<String> notes) {

    public NewDerivative {
        type = type == null ? Optional.empty() : type;
        taken = taken == null ? Optional.empty() : taken;
        if (quantity == null || quantity.isZero()) {
            throw new InvalidInputException("quantity", "quantity must be more than 0");
        }
        if (taken.isPresent() && taken.get().isZero()) {
            throw new InvalidInputException("takenQuantity", "takenQuantity must be more than 0");
        }
        notes = Texts.optional("notes", notes, 2000);
    }

    public static NewDerivative aliquot(Quantity quantity) {
        return new NewDerivative(Optional.empty(), quantity, Optional.empty(), Optional.empty());
    }

    public static NewDerivative derived(SpecimenType type, Quantity quantity, Quantity taken) {
        return new NewDerivative(Optional.of(type), quantity, Optional.of(taken), Optional.empty());
    }
}
