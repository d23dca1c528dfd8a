package org.genobay.cohorts;

import java.util.List;
import java.util.Optional;
import org.genobay.biobank.Participants.ConsentingParticipant;
import org.genobay.sharing.Access;
import org.genobay.sharing.Granularity;
import org.genobay.sharing.SmallCountRule;

/**
 * The members found in every source, exact, before anything is disclosed: only {@link #count} and the members of
 * sources the user may see as records ever leave this module.
 */
record Tally(List<ConsentingParticipant> own, List<Shared> shared) {

    Tally {
        own = List.copyOf(own);
        shared = List.copyOf(shared);
    }

    /** One shared dataset of another institution: its members, or why it cannot answer. */
    record Shared(Access access, Optional<String> notApplicable, List<ConsentingParticipant> members) {
        Shared {
            members = List.copyOf(members);
        }

        boolean records() {
            return notApplicable.isEmpty() && access.granularity() == Granularity.RECORD;
        }
    }

    CohortCount count(String criteria, SmallCountRule rule) {
        return new CohortCount(
                criteria,
                own.size(),
                shared.stream().map(s -> disclose(s, rule)).toList());
    }

    private static SharedCount disclose(Shared s, SmallCountRule rule) {
        Access access = s.access();
        String institution = access.dataset().owner().name();
        if (s.notApplicable().isPresent()) {
            return new SharedCount(
                    access.datasetId(),
                    access.dataset().name(),
                    institution,
                    access.granularity(),
                    false,
                    Optional.empty(),
                    Optional.empty(),
                    s.notApplicable());
        }
        SmallCountRule.DisclosedCount disclosed = rule.disclose(s.members().size());
        boolean counts = access.granularity().allows(Granularity.COUNT);
        return new SharedCount(
                access.datasetId(),
                access.dataset().name(),
                institution,
                access.granularity(),
                true,
                counts ? Optional.of(disclosed) : Optional.empty(),
                Optional.of(disclosed.exists()),
                Optional.empty());
    }
}
