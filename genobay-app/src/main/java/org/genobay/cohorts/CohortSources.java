package org.genobay.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Participants.ConsentingParticipant;
import org.genobay.sharing.Access;
import org.genobay.sharing.DataAccess;
import org.genobay.sharing.DatasetKind;
import org.genobay.sharing.Granularity;
import org.genobay.sharing.Reach;
import org.springframework.stereotype.Component;

/**
 * Where a count may look: the user's own institution's participants who have not withdrawn, and every dataset of
 * other institutions that sharing's {@link DataAccess} opens to the user at least as a yes/no. RECORD access goes
 * through {@link DataAccess#reach} (consent-filtered and logged); BOOLEAN and COUNT access count the owner's
 * participants who have not withdrawn, which only ever leave this module as a disclosed count.
 */
@Component
class CohortSources {

    private final Participants participants;
    private final DataAccess access;
    private final CohortEvaluation evaluation;

    CohortSources(Participants participants, DataAccess access, CohortEvaluation evaluation) {
        this.participants = participants;
        this.access = access;
        this.evaluation = evaluation;
    }

    /** Must run in a transaction that is not read-only: a use of records under a grant is logged. */
    Tally tally(Criteria criteria, CurrentUser user, String why) {
        List<ConsentingParticipant> own = evaluation.members(
                criteria,
                new Candidates(
                        Optional.empty(),
                        user.institutionId(),
                        participants.consentingTo(user.institutionId(), Set.of())),
                user);
        List<Tally.Shared> shared = new ArrayList<>();
        for (Access a : access.access(Optional.of(user))) {
            long owner = a.dataset().owner().id();
            if (owner == user.institutionId() || !a.granularity().allows(Granularity.BOOLEAN)) {
                continue;
            }
            Optional<String> unanswerable = unanswerable(criteria, a.dataset().kind());
            if (unanswerable.isPresent()) {
                shared.add(new Tally.Shared(a, unanswerable, List.of()));
                continue;
            }
            List<ConsentingParticipant> reachable = a.granularity() == Granularity.RECORD
                    ? reached(
                            access.reach(user, a.datasetId(), why), a.dataset().kind())
                    : withGenome(
                            participants.consentingTo(owner, Set.of()),
                            a.dataset().kind());
            shared.add(new Tally.Shared(
                    a,
                    Optional.empty(),
                    evaluation.members(criteria, new Candidates(Optional.of(a.datasetId()), owner, reachable), user)));
        }
        return new Tally(own, shared);
    }

    /**
     * Why a dataset of this kind cannot answer the criteria: a clinical criterion needs the owner's clinical records,
     * a specimen criterion its specimens. Genomic criteria name a variant dataset of the user's own institution, so
     * another institution's datasets cannot answer them.
     */
    static Optional<String> unanswerable(Criteria criteria, DatasetKind kind) {
        if (criteria.needs(Criterion.Needs.GENOME)) {
            return Optional.of("genomic criteria are answered by your institution's variant datasets only");
        }
        if (criteria.needs(Criterion.Needs.CLINICAL) && kind != DatasetKind.CLINICAL) {
            return Optional.of("a " + kind + " dataset has no diagnoses or phenotypes");
        }
        if (criteria.needs(Criterion.Needs.SPECIMEN) && kind != DatasetKind.SPECIMEN) {
            return Optional.of("a " + kind + " dataset has no specimens");
        }
        return Optional.empty();
    }

    private static List<ConsentingParticipant> reached(Reach reach, DatasetKind kind) {
        return withGenome(reach.participants(), kind);
    }

    /** A variant dataset's records are its participants with a genome. */
    private static List<ConsentingParticipant> withGenome(List<ConsentingParticipant> found, DatasetKind kind) {
        return kind == DatasetKind.VARIANT
                ? found.stream().filter(p -> p.genomeSampleId().isPresent()).toList()
                : found;
    }
}
