package org.genobay.clinical;

import java.util.Arrays;
import java.util.Optional;
import org.genobay.biobank.Unit;

/** Specimen units as UCUM codes (mL, uL, mg, ug, ng), and back from a code or a unit text such as µL. */
final class FhirUnits {

    private FhirUnits() {}

    static String ucum(Unit unit) {
        return unit.symbol().replace("µ", "u");
    }

    static Optional<Unit> unit(String codeOrText) {
        if (codeOrText == null) {
            return Optional.empty();
        }
        String wanted = codeOrText.strip().replace("µ", "u").replace("μ", "u");
        return Arrays.stream(Unit.values())
                .filter(u -> ucum(u).equalsIgnoreCase(wanted) || u.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
