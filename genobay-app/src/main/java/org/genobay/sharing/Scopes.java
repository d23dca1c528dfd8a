package org.genobay.sharing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.genobay.biobank.ConsentScope;

/** Consent scopes stored as comma-separated names in one column; RESEARCH_USE is part of every use. */
@Converter
class Scopes implements AttributeConverter<Set<ConsentScope>, String> {

    /** The scopes a use needs: the ones asked for and always RESEARCH_USE, without which nothing may be used. */
    static Set<ConsentScope> needed(Set<ConsentScope> asked) {
        EnumSet<ConsentScope> needed = EnumSet.of(ConsentScope.RESEARCH_USE);
        needed.addAll(asked);
        return Set.copyOf(needed);
    }

    @Override
    public String convertToDatabaseColumn(Set<ConsentScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ConsentScope> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(
                Arrays.stream(column.split(",")).map(ConsentScope::valueOf).toList());
    }
}
