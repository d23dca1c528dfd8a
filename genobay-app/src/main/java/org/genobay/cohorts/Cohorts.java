package org.genobay.cohorts;

import org.genobay.accounts.CurrentUser;
import org.genobay.audit.AccessAudit;
import org.genobay.sharing.SmallCountRule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Counts cohorts as criteria change. */
@Service
@Transactional
public class Cohorts {

    private final CriteriaJson json;
    private final CohortSources sources;
    private final SmallCountRule rule;
    private final AccessAudit audit;

    Cohorts(CriteriaJson json, CohortSources sources, SmallCountRule rule, AccessAudit audit) {
        this.json = json;
        this.sources = sources;
        this.rule = rule;
        this.audit = audit;
    }

    /** Counts the participants meeting the criteria; the search is logged like other searches of personal data. */
    public CohortCount count(JsonNode criteriaJson, CurrentUser user) {
        CohortRoles.requireUse(user, "count cohorts");
        Criteria criteria = json.read(criteriaJson);
        Tally tally = sources.tally(criteria, user, "cohort count");
        CohortCount count = tally.count(criteria.describe(), rule);
        audit.record(user, "COUNT_COHORT", "cohort", count.own() + " own; " + criteria.describe());
        return count;
    }
}
