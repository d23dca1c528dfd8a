package org.genobay.beacon;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genobay.sharing.Granularity;

/**
 * One Beacon query as understood: from a GET's parameters or a POST's body ({@link BeaconRequests}).
 *
 * @param requested the granularity asked for; each dataset answers with at most what its access allows
 * @param filters ontology terms, all of which an individual must match
 * @param parameters the entry type's request parameters (e.g. referenceName, start), validated
 * @param datasetIds the datasets to ask; empty: every dataset of the catalogue
 * @param federated whether to ask the configured peer Beacons too
 */
record BeaconRequest(
        Granularity requested,
        List<Filter> filters,
        int skip,
        int limit,
        Include include,
        Map<String, String> parameters,
        Set<Long> datasetIds,
        boolean federated) {

    BeaconRequest {
        filters = List.copyOf(filters);
        parameters = Map.copyOf(parameters);
        datasetIds = Set.copyOf(datasetIds);
    }

    /** One filter: an ontology term, with its descendants unless the request says {@code includeDescendantTerms: false}. */
    record Filter(String id, boolean descendants) {}

    /** Which result sets a record response lists (Beacon v2 includeResultsetResponses). */
    enum Include {
        HIT,
        MISS,
        ALL,
        NONE;

        boolean lists(boolean exists) {
            return this == ALL || (this == HIT && exists) || (this == MISS && !exists);
        }
    }

    /** Beacon v2 names granularities in lower case, and has no "none". */
    static String name(Granularity granularity) {
        return granularity == Granularity.NONE ? "boolean" : granularity.name().toLowerCase();
    }
}
