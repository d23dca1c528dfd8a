package org.genobay.beacon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants;
import org.genobay.sharing.Access;
import org.genobay.sharing.DatasetKind;
import org.genobay.sharing.Granularity;
import org.genobay.sharing.SharedDataset;
import org.genobay.sharing.SmallCountRule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collections: {@code datasets} are the catalogue's datasets the caller may learn anything from; {@code cohorts}
 * are its clinical datasets, each the owner's participants who have not withdrawn, with a size only where the caller
 * may have counts and the {@link SmallCountRule} lets it be told.
 */
@Service
@Transactional(readOnly = true)
class BeaconCollections {

    private final BeaconQueries queries;
    private final Participants participants;
    private final SmallCountRule smallCounts;

    BeaconCollections(BeaconQueries queries, Participants participants, SmallCountRule smallCounts) {
        this.queries = queries;
        this.participants = participants;
        this.smallCounts = smallCounts;
    }

    List<Map<String, Object>> list(EntryPath path, BeaconRequest request, Optional<CurrentUser> user) {
        if (!request.filters().isEmpty()) {
            throw BeaconException.badRequest(
                    "filters apply to individuals, biosamples and variants, not to the list of "
                            + path.base().path());
        }
        return queries.datasets(path.answered(), request.datasetIds(), user).stream()
                .filter(a -> path.id().isEmpty() || path.id().get().equals(String.valueOf(a.datasetId())))
                .map(a -> path.answered() == EntryType.COHORTS ? cohort(a) : dataset(a))
                .toList();
    }

    private static Map<String, Object> dataset(Access access) {
        SharedDataset d = access.dataset();
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("id", String.valueOf(d.id()));
        dataset.put("name", d.name());
        if (d.description() != null && !d.description().isBlank()) {
            dataset.put("description", d.description());
        }
        dataset.put("updateDateTime", d.changedAt().toString());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("kind", d.kind().name());
        info.put("securityLevel", d.securityLevel().name());
        info.put("owner", d.owner().name());
        info.put("yourGranularity", BeaconRequest.name(access.granularity()));
        dataset.put("info", info);
        return dataset;
    }

    private Map<String, Object> cohort(Access access) {
        SharedDataset d = access.dataset();
        Map<String, Object> cohort = new LinkedHashMap<>();
        cohort.put("id", String.valueOf(d.id()));
        cohort.put("name", d.name());
        cohort.put("cohortType", "study-defined");
        if (access.granularity().allows(Granularity.COUNT) && d.kind() == DatasetKind.CLINICAL) {
            SmallCountRule.DisclosedCount size = smallCounts.disclose(
                    participants.consentingTo(d.owner().id(), Set.of()).size());
            if (size.exact()) {
                cohort.put("cohortSize", size.low());
            }
        }
        return cohort;
    }
}
