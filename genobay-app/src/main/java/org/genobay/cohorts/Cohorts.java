package org.genobay.cohorts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.audit.AccessAudit;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Participants.ConsentingParticipant;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.genobay.sharing.DataAccess;
import org.genobay.sharing.SmallCountRule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Counts cohorts as criteria change, saves them with a snapshot of their members, and gives them back with the
 * members who may still be used: a withdrawal, or a grant that ended, removes a member from every later use.
 */
@Service
@Transactional
public class Cohorts {

    private static final String NAME = "[\\p{L}\\p{N} ._()-]{1,100}";

    private final CriteriaJson json;
    private final CohortSources sources;
    private final SavedCohorts saved;
    private final Participants participants;
    private final DataAccess access;
    private final SmallCountRule rule;
    private final AccessAudit audit;
    private final Clock clock;

    Cohorts(
            CriteriaJson json,
            CohortSources sources,
            SavedCohorts saved,
            Participants participants,
            DataAccess access,
            SmallCountRule rule,
            AccessAudit audit,
            Clock clock) {
        this.json = json;
        this.sources = sources;
        this.saved = saved;
        this.participants = participants;
        this.access = access;
        this.rule = rule;
        this.audit = audit;
        this.clock = clock;
    }

    /** Counts the participants meeting the criteria; the search is logged like other searches of personal data. */
    public CohortCount count(JsonNode criteriaJson, CurrentUser user) {
        CohortRoles.requireUse(user, "count cohorts");
        Criteria criteria = json.read(criteriaJson);
        CohortCount count = sources.tally(criteria, user, "cohort count").count(criteria.describe(), rule);
        audit.record(user, "COUNT_COHORT", "cohort", count.own() + " own; " + criteria.describe());
        return count;
    }

    /**
     * Saves the cohort: criteria, counts as disclosed now, and the members the user may see as records (own
     * institution's, and another institution's reached under a grant).
     */
    public CohortView save(String name, JsonNode criteriaJson, CurrentUser user) {
        CohortRoles.requireUse(user, "save cohorts");
        String checked = name == null ? "" : name.strip();
        if (!checked.matches(NAME)) {
            throw new InvalidInputException(
                    "name", "name '" + checked + "' must be 1 to 100 letters, digits, spaces or . _ ( ) -");
        }
        if (saved.exists(user.accountId(), checked)) {
            throw new ConflictException("duplicate", "you have a cohort named '" + checked + "' already");
        }
        Criteria criteria = json.read(criteriaJson);
        Tally tally = sources.tally(criteria, user, "saving a cohort");
        CohortCount count = tally.count(criteria.describe(), rule);
        List<CohortMember> members = new ArrayList<>();
        tally.own().forEach(p -> members.add(member(p, Optional.empty())));
        for (Tally.Shared shared : tally.shared()) {
            if (shared.records()) {
                shared.members()
                        .forEach(p -> members.add(
                                member(p, Optional.of(shared.access().datasetId()))));
            }
        }
        long id = saved.insert(
                new SavedCohorts.Row(
                        0,
                        user.institutionId(),
                        user.accountId(),
                        checked,
                        json.write(criteria),
                        criteria.describe(),
                        CriteriaJson.JSON.writeValueAsString(count),
                        clock.instant(),
                        user.username()),
                members);
        audit.record(user, "SAVE_COHORT", "cohort:" + id, members.size() + " members; " + criteria.describe());
        return get(id, user);
    }

    @Transactional(readOnly = true)
    public List<CohortView> list(CurrentUser user) {
        CohortRoles.requireUse(user, "see cohorts");
        return saved.list(user.accountId()).stream()
                .map(row -> view(row, List.of(), saved.members(row.id()).size()))
                .toList();
    }

    /**
     * A saved cohort of the user's with its members now. Another user's cohort reads as not found. Members reached
     * under a grant are checked against a fresh reach of their dataset, which the access log records.
     */
    public CohortView get(long id, CurrentUser user) {
        CohortRoles.requireUse(user, "see cohorts");
        SavedCohorts.Row row = saved.find(id, user.accountId()).orElseThrow(() -> new NotFoundException("cohort", id));
        List<CohortMember> snapshot = saved.members(id);
        Set<String> own = CohortEvaluation.studyIds(participants.consentingTo(user.institutionId(), Set.of()));
        Map<Long, Set<String>> reachable = new HashMap<>();
        List<CohortMember> current = new ArrayList<>();
        for (CohortMember m : snapshot) {
            Set<String> allowed = m.sharedDatasetId()
                    .map(dataset -> reachable.computeIfAbsent(dataset, d -> reach(d, user)))
                    .orElse(own);
            if (allowed.contains(m.studyId())) {
                current.add(m);
            }
        }
        return view(row, current, snapshot.size());
    }

    /** The genome sample IDs of the cohort's members of the user's own institution who may still be used. */
    public Set<String> ownGenomeSamples(long id, CurrentUser user) {
        Set<String> samples = new java.util.HashSet<>();
        get(id, user).members().stream()
                .filter(m -> m.sharedDatasetId().isEmpty())
                .forEach(m -> m.genomeSampleId().ifPresent(samples::add));
        return Set.copyOf(samples);
    }

    private Set<String> reach(long dataset, CurrentUser user) {
        try {
            return access.reach(user, dataset, "saved cohort members").studyIds();
        } catch (NotFoundException e) {
            return Set.of(); // the grant ended: its members are no longer the user's to see
        }
    }

    private CohortView view(SavedCohorts.Row row, List<CohortMember> members, int snapshotSize) {
        return new CohortView(
                row.id(),
                row.name(),
                row.criteria(),
                row.description(),
                CriteriaJson.JSON.readValue(row.counts(), CohortCount.class),
                row.createdAt(),
                row.createdBy(),
                snapshotSize,
                members);
    }

    private static CohortMember member(ConsentingParticipant p, Optional<Long> dataset) {
        return new CohortMember(p.studyId(), p.genomeSampleId(), dataset);
    }
}
