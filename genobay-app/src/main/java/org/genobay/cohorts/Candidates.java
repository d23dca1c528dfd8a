package org.genobay.cohorts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.genobay.biobank.Participants.ConsentingParticipant;

/**
 * The participants one source lets a count consider: the user's own institution's participants who have not
 * withdrawn, or those of another institution's shared dataset.
 *
 * @param dataset the shared dataset they come through; empty for the user's own institution
 * @param institutionId the institution whose records answer the criteria
 * @param genotypes for a shared VARIANT dataset, its variant dataset in omics, which answers genomic criteria over
 *     these participants' genome samples only; empty for the user's own institution, whose genomic criteria name
 *     their variant dataset themselves
 */
record Candidates(
        Optional<Long> dataset,
        long institutionId,
        List<ConsentingParticipant> participants,
        Optional<Long> genotypes) {

    Candidates {
        participants = List.copyOf(participants);
    }

    /** The genome sample IDs of the participants: for a shared dataset, the only samples its genotypes may answer. */
    Set<String> genomeSamples() {
        return participants.stream().flatMap(p -> p.genomeSampleId().stream()).collect(Collectors.toUnmodifiableSet());
    }
}
