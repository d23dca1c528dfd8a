package org.genobay.biobank;

import java.util.Set;
import org.genobay.accounts.CurrentUser;

/**
 * Published when a participant withdraws consent, within the transaction that records it, so that everything derived
 * from the participant is flagged in the same commit.
 */
public record ConsentWithdrawn(long participantId, String studyId, Set<ConsentScope> scopes, CurrentUser by) {

    public ConsentWithdrawn {
        scopes = Set.copyOf(scopes);
    }

    /** Without research use nothing of the participant may be used any more. */
    public boolean endsAllUse() {
        return scopes.contains(ConsentScope.RESEARCH_USE);
    }
}
