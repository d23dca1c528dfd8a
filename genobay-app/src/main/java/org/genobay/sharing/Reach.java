package org.genobay.sharing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.genobay.biobank.ConsentScope;
import org.genobay.biobank.Participants.ConsentingParticipant;

/**
 * The participants whose records one use of a dataset may reach: the owning institution's participants who have not
 * withdrawn and, under a grant, whose consent is given now for every scope of the grant (RESEARCH_USE among them).
 * It holds at the moment it was made; ask {@link DataAccess#reach} again for the next query, so that a withdrawal or
 * an expiry takes effect at once.
 *
 * <p>For a {@link DatasetKind#VARIANT} dataset, intersect {@link #genomeSampleIds()} with the samples of the variant
 * dataset: a genotype of any other sample may not be shown, nor counted as a record.
 */
public record Reach(
        long datasetId,
        Access.Basis basis,
        Optional<Long> grantId,
        Set<ConsentScope> scopes,
        List<ConsentingParticipant> participants) {

    public Reach {
        scopes = Set.copyOf(scopes);
        participants = List.copyOf(participants);
    }

    public boolean includes(String studyId) {
        return participants.stream().anyMatch(p -> p.studyId().equals(studyId));
    }

    public Set<String> studyIds() {
        return participants.stream().map(ConsentingParticipant::studyId).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> genomeSampleIds() {
        return participants.stream().flatMap(p -> p.genomeSampleId().stream()).collect(Collectors.toUnmodifiableSet());
    }
}
