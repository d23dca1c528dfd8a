package org.genobay.cohorts;

import java.time.Instant;
import java.util.List;

/**
 * A saved cohort: its criteria (the JSON the API takes), in words, the counts when it was saved, and its members now:
 * the snapshot less whoever has since withdrawn or is no longer reachable under a grant.
 */
public record CohortView(
        long id,
        String name,
        String criteria,
        String description,
        CohortCount savedCount,
        Instant createdAt,
        String createdBy,
        int snapshotSize,
        List<CohortMember> members) {

    public CohortView {
        members = List.copyOf(members);
    }

    public long ownMembers() {
        return members.stream().filter(m -> m.sharedDatasetId().isEmpty()).count();
    }
}
