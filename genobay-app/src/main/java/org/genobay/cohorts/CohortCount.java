package org.genobay.cohorts;

import java.util.List;

/**
 * A count of the participants meeting the criteria: exactly among the user's own institution's participants who
 * have not withdrawn, and per shared dataset of other institutions as {@link SharedCount} allows.
 *
 * @param criteria the criteria in words
 */
public record CohortCount(String criteria, long own, List<SharedCount> shared) {

    public CohortCount {
        shared = List.copyOf(shared);
    }
}
