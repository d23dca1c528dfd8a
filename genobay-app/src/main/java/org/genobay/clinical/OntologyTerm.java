package org.genobay.clinical;

import java.util.List;
import java.util.Objects;

/** A term of a terminology: its identifier (HP:0001627, I21.0), its name, and the identifiers of its parents. */
public record OntologyTerm(String id, String name, List<String> parents) {

    public OntologyTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        parents = List.copyOf(parents);
    }
}
