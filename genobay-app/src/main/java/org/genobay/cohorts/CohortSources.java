package org.genobay.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Participants.ConsentingParticipant;
import org.genobay.omics.SharedVariants;
import org.genobay.sharing.Access;
import org.genobay.sharing.DataAccess;
import org.genobay.sharing.DatasetKind;
import org.genobay.sharing.Granularity;
import org.genobay.sharing.Reach;
import org.genobay.sharing.SharedDataset;
import org.springframework.stereotype.Component;

/**
 * Where a count may look: the user's own institution's participants who have not withdrawn, and every dataset of
 * other institutions that sharing's {@link DataAccess} opens to the user at least as a yes/no. RECORD access goes
 * through {@link DataAccess#reach} (consent-filtered and logged); BOOLEAN and COUNT access count the owner's
 * participants who have not withdrawn (as the Beacon counts them), which only ever leave this module as a disclosed
 * count. Genomic criteria on a shared VARIANT dataset look only at those participants' genome samples.
 */
@Component
class CohortSources {

    private final Participants participants;
    private final DataAccess access;
    private final CohortEvaluation evaluation;
    private final SharedVariants variants;

    CohortSources(Participants participants, DataAccess access, CohortEvaluation evaluation, SharedVariants variants) {
        this.participants = participants;
        this.access = access;
        this.evaluation = evaluation;
        this.variants = variants;
    }

    /** Must run in a transaction that is not read-only: a use of records under a grant is logged. */
    Tally tally(Criteria criteria, CurrentUser user, String why) {
        List<ConsentingParticipant> own = evaluation.members(
                criteria,
                new Candidates(
                        Optional.empty(),
                        user.institutionId(),
                        participants.consentingTo(user.institutionId(), Set.of()),
                        Optional.empty()),
                user);
        List<Tally.Shared> shared = new ArrayList<>();
        for (Access a : access.access(Optional.of(user))) {
            long owner = a.dataset().owner().id();
            if (owner == user.institutionId() || !a.granularity().allows(Granularity.BOOLEAN)) {
                continue;
            }
            Optional<String> unanswerable = unanswerable(criteria, a.dataset());
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
            Optional<Long> genotypes =
                    a.dataset().kind() == DatasetKind.VARIANT ? a.dataset().omicsDatasetId() : Optional.empty();
            shared.add(new Tally.Shared(
                    a,
                    Optional.empty(),
                    evaluation.members(
                            criteria, new Candidates(Optional.of(a.datasetId()), owner, reachable, genotypes), user)));
        }
        return new Tally(own, shared);
    }

    /**
     * Why a dataset cannot answer the criteria: a clinical criterion needs the owner's clinical records, a specimen
     * criterion its specimens, a genomic criterion its genotypes (a VARIANT dataset whose variant dataset is ready). A
     * dataset shares one kind of records, so genomic and clinical criteria together are answered by none.
     */
    Optional<String> unanswerable(Criteria criteria, SharedDataset dataset) {
        DatasetKind kind = dataset.kind();
        if (criteria.needs(Criterion.Needs.GENOME) && kind != DatasetKind.VARIANT) {
            return Optional.of("a " + kind + " dataset has no genotypes");
        }
        if (criteria.needs(Criterion.Needs.CLINICAL) && kind != DatasetKind.CLINICAL) {
            return Optional.of("a " + kind + " dataset has no diagnoses or phenotypes");
        }
        if (criteria.needs(Criterion.Needs.SPECIMEN) && kind != DatasetKind.SPECIMEN) {
            return Optional.of("a " + kind + " dataset has no specimens");
        }
        if (criteria.needs(Criterion.Needs.GENOME)
                && dataset.omicsDatasetId().flatMap(variants::samples).isEmpty()) {
            return Optional.of("the dataset's variants are not ready to be queried");
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
