package org.genobay.biobank;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.genobay.errors.InvalidInputException;

/**
 * A collection protocol as its author describes it: a code (upper case, as printed on forms), a title, what it is for,
 * the specimen types it collects (at least one) and the consent scopes a participant must have given (maybe none).
 */
public record NewProtocol(
        String code,
        String title,
        Optional<String> description,
        Set<SpecimenType> specimenTypes,
        Set<ConsentScope> consentScopes) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{1,31}");

    public NewProtocol {
        code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "code", "protocol code '" + code + "' must be 2 to 32 letters, digits, '_', '.' or '-'");
        }
        title = Texts.required("title", title, 200);
        description = Texts.optional("description", description, 2000);
        if (specimenTypes == null || specimenTypes.isEmpty()) {
            throw new InvalidInputException("specimenTypes", "name at least one specimen type the protocol collects");
        }
        specimenTypes = Set.copyOf(EnumSet.copyOf(specimenTypes));
        consentScopes =
                consentScopes == null || consentScopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(consentScopes));
    }
}
