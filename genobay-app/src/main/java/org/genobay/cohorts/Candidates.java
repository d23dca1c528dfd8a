package org.genobay.cohorts;

import java.util.List;
import java.util.Optional;
import org.genobay.biobank.Participants.ConsentingParticipant;

/**
 * The participants one source lets a count consider: the user's own institution's participants who have not
 * withdrawn, or those of another institution's shared dataset.
 *
 * @param dataset the shared dataset they come through; empty for the user's own institution
 * @param institutionId the institution whose records answer the criteria
 */
record Candidates(Optional<Long> dataset, long institutionId, List<ConsentingParticipant> participants) {

    Candidates {
        participants = List.copyOf(participants);
    }
}
