package org.genobay.clinical;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genobay.errors.InvalidInputException;

/**
 * A loaded terminology (HPO, ICD-10) held in memory: terms by identifier, and the reverse of the parent links, so that
 * a term's descendants are a walk down from it. Immutable once built; every parent must be a term of the terminology.
 */
public final class Terminology {

    private final String name;
    private final String source;
    private final Map<String, OntologyTerm> terms;
    private final Map<String, List<String>> children;

    Terminology(String name, String source, Collection<OntologyTerm> terms) {
        this.name = name;
        this.source = source;
        Map<String, OntologyTerm> byId = new LinkedHashMap<>();
        Map<String, List<String>> down = new LinkedHashMap<>();
        for (OntologyTerm term : terms) {
            byId.put(term.id(), term);
        }
        for (OntologyTerm term : terms) {
            for (String parent : term.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new IllegalArgumentException(
                            name + " term " + term.id() + " names parent " + parent + ", which is not a term");
                }
                down.computeIfAbsent(parent, p -> new ArrayList<>()).add(term.id());
            }
        }
        this.terms = Map.copyOf(byId);
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        down.forEach((parent, kids) -> frozen.put(parent, List.copyOf(kids)));
        this.children = Map.copyOf(frozen);
    }

    /** "HPO" or "ICD-10". */
    public String name() {
        return name;
    }

    /** The file it was read from, or the bundled subset. */
    public String source() {
        return source;
    }

    public int size() {
        return terms.size();
    }

    public Optional<OntologyTerm> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(terms.get(normalized(id)));
    }

    /** The term, or an error naming the field and the unknown identifier. */
    public OntologyTerm require(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(field, field + " is required: a " + name + " identifier");
        }
        return find(id).orElseThrow(() -> new InvalidInputException(field, "unknown " + name + " code " + id.strip()));
    }

    /** The term and all its descendants (children, their children, …); fails for an unknown term. */
    public Set<String> withDescendants(String id) {
        OntologyTerm start = require("term", id);
        Set<String> found = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start.id()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (found.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return Set.copyOf(found);
    }

    /** The term's direct children. */
    public List<OntologyTerm> children(String id) {
        return children.getOrDefault(require("term", id).id(), List.of()).stream()
                .map(terms::get)
                .toList();
    }

    /** Terms whose identifier starts with, or whose name contains, the text; exact identifier first, then by name. */
    public List<OntologyTerm> search(String text, int limit) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return terms.values().stream()
                .filter(t -> t.id().toLowerCase(Locale.ROOT).startsWith(wanted)
                        || t.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing((OntologyTerm t) -> !t.id().equalsIgnoreCase(wanted))
                        .thenComparing(t -> !t.name().toLowerCase(Locale.ROOT).startsWith(wanted))
                        .thenComparing(t -> t.name().length())
                        .thenComparing(OntologyTerm::id))
                .limit(limit)
                .toList();
    }

    private static String normalized(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }
}
