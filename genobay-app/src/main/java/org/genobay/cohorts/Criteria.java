package org.genobay.cohorts;

import java.util.List;
import java.util.stream.Collectors;

/** A cohort's definition: every criterion must hold. No criterion at all means every participant one may count. */
record Criteria(List<Criterion> all) {

    Criteria {
        all = List.copyOf(all);
    }

    String describe() {
        return all.isEmpty()
                ? "every participant"
                : all.stream().map(Criterion::describe).collect(Collectors.joining(" and "));
    }

    boolean needs(Criterion.Needs records) {
        return all.stream().anyMatch(c -> c.needs() == records);
    }
}
