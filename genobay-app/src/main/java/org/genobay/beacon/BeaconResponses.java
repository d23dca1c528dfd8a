package org.genobay.beacon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genobay.sharing.Granularity;
import org.springframework.stereotype.Component;

/**
 * Turns the datasets' answers into a Beacon v2 response: boolean, count or result sets, whichever is the most that
 * some dataset answered (never more than was requested). {@code numTotalResults} adds the datasets answered with a
 * count or records; a dataset that could only say whether it has matches adds to {@code exists} alone.
 */
@Component
class BeaconResponses {

    private final BeaconProperties properties;

    BeaconResponses(BeaconProperties properties) {
        this.properties = properties;
    }

    /** The merged answer of this node's datasets and, when federated, of its peers. */
    record Merged(List<DatasetAnswer> local, List<BeaconFederation.PeerAnswer> peers) {}

    Map<String, Object> query(EntryType type, BeaconRequest request, Merged answers) {
        Granularity returned = Granularity.BOOLEAN;
        boolean exists = false;
        long total = 0;
        List<Map<String, Object>> resultSets = new ArrayList<>();
        for (DatasetAnswer answer : answers.local()) {
            returned = returned.compareTo(answer.granularity()) >= 0 ? returned : answer.granularity();
            exists |= answer.exists();
            if (answer.granularity() != Granularity.BOOLEAN) {
                total += answer.count();
                if (request.include().lists(answer.exists())) {
                    resultSets.add(resultSet(type, answer));
                }
            }
        }
        List<Map<String, Object>> federation = new ArrayList<>();
        for (BeaconFederation.PeerAnswer peer : answers.peers()) {
            federation.add(peer.report());
            if (peer.failed()) {
                continue;
            }
            Granularity theirs = peer.granularity().atMost(request.requested());
            returned = returned.compareTo(theirs) >= 0 ? returned : theirs;
            exists |= peer.exists();
            total += peer.count();
            peer.resultSets().stream()
                    .filter(set -> request.include().lists(Boolean.TRUE.equals(set.get("exists"))))
                    .forEach(resultSets::add);
        }
        returned = returned.atMost(request.requested());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("exists", exists);
        if (returned != Granularity.BOOLEAN) {
            summary.put("numTotalResults", total);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("meta", meta(type, request, returned));
        response.put("responseSummary", summary);
        if (returned == Granularity.RECORD) {
            response.put("response", Map.of("resultSets", resultSets));
        }
        if (!federation.isEmpty()) {
            response.put("info", Map.of("federation", federation));
        }
        return response;
    }

    Map<String, Object> collections(EntryType type, BeaconRequest request, List<Map<String, Object>> collections) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("meta", meta(type, request, Granularity.RECORD));
        response.put(
                "responseSummary", Map.of("exists", !collections.isEmpty(), "numTotalResults", collections.size()));
        response.put(
                "response",
                Map.of(
                        "collections",
                        collections.stream()
                                .skip(request.skip())
                                .limit(request.limit())
                                .toList()));
        return response;
    }

    Map<String, Object> error(int status, String message) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("beaconId", properties.id());
        meta.put("apiVersion", BeaconDocuments.API_VERSION);
        meta.put("returnedSchemas", List.of());
        meta.put("returnedGranularity", "boolean");
        meta.put(
                "receivedRequestSummary",
                Map.of(
                        "apiVersion",
                        BeaconDocuments.API_VERSION,
                        "requestedSchemas",
                        List.of(),
                        "pagination",
                        Map.of("skip", 0, "limit", BeaconRequests.DEFAULT_LIMIT),
                        "requestedGranularity",
                        "boolean"));
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("errorCode", status);
        error.put("errorMessage", message);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("meta", meta);
        response.put("error", error);
        return response;
    }

    private Map<String, Object> resultSet(EntryType type, DatasetAnswer answer) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("id", String.valueOf(answer.dataset().id()));
        set.put("setType", "dataset");
        set.put("exists", answer.exists());
        set.put("resultsCount", answer.count());
        set.put("results", answer.results());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("datasetName", answer.dataset().name());
        info.put("returnedGranularity", BeaconRequest.name(answer.granularity()));
        info.put("beaconId", properties.id());
        info.put("entityType", type.id());
        set.put("info", info);
        return set;
    }

    private Map<String, Object> meta(EntryType type, BeaconRequest request, Granularity returned) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("apiVersion", BeaconDocuments.API_VERSION);
        summary.put("requestedSchemas", List.of());
        summary.put("pagination", Map.of("skip", request.skip(), "limit", request.limit()));
        summary.put("requestedGranularity", BeaconRequest.name(request.requested()));
        summary.put(
                "filters",
                request.filters().stream().map(BeaconRequest.Filter::id).toList());
        summary.put("includeResultsetResponses", request.include().name());
        Map<String, Object> parameters = new LinkedHashMap<>();
        request.parameters().forEach((name, value) -> parameters.put(name, Map.of("value", value)));
        summary.put("requestParameters", parameters);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("beaconId", properties.id());
        meta.put("apiVersion", BeaconDocuments.API_VERSION);
        meta.put("returnedSchemas", List.of(Map.of("entityType", type.id(), "schema", type.schema())));
        meta.put("returnedGranularity", BeaconRequest.name(returned));
        meta.put("receivedRequestSummary", summary);
        return meta;
    }
}
