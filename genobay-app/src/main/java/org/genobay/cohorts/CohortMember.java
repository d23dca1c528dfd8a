package org.genobay.cohorts;

import java.util.Optional;

/**
 * A member of a saved cohort, as its creator may see it.
 *
 * @param sharedDatasetId the shared dataset of another institution it was reached through, under a grant; empty for
 *     a participant of the creator's own institution
 */
public record CohortMember(String studyId, Optional<String> genomeSampleId, Optional<Long> sharedDatasetId) {}
