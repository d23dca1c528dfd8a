package org.genobay.beacon;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.genobay.sharing.Granularity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Asks the peer Beacons ({@code genobay.beacon.peers}) the same query, all at once, each within
 * {@code genobay.beacon.peer-timeout}. A peer is asked as an anonymous caller: no credentials leave this node, so a
 * peer answers only what it answers anyone, under its own rules. A peer that fails, times out or answers something
 * that is not a Beacon response is reported in the merged response, never fatal. Peers are asked without
 * {@code federated}, so that two nodes naming each other do not ask each other forever.
 */
@Component
class BeaconFederation {

    private static final Logger log = LoggerFactory.getLogger(BeaconFederation.class);

    private final BeaconProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;

    BeaconFederation(BeaconProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.peerTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One peer's answer, or why there is none. */
    record PeerAnswer(
            URI peer,
            String beaconId,
            boolean failed,
            String problem,
            Granularity granularity,
            boolean exists,
            long count,
            List<Map<String, Object>> resultSets) {

        static PeerAnswer failure(URI peer, String problem) {
            return new PeerAnswer(peer, "", true, problem, Granularity.BOOLEAN, false, 0, List.of());
        }

        Map<String, Object> report() {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("peer", peer.toString());
            if (failed) {
                report.put("error", problem);
            } else {
                report.put("beaconId", beaconId);
                report.put("exists", exists);
                report.put("returnedGranularity", BeaconRequest.name(granularity));
            }
            return report;
        }
    }

    List<PeerAnswer> ask(EntryPath path, BeaconRequest request) {
        if (properties.peers().isEmpty()) {
            return List.of();
        }
        String body = json.writeValueAsString(body(request));
        List<CompletableFuture<PeerAnswer>> asked = new ArrayList<>();
        for (URI peer : properties.peers()) {
            URI uri = URI.create(peer.toString().replaceAll("/+$", "") + path.text());
            HttpRequest call = HttpRequest.newBuilder(uri)
                    .timeout(properties.peerTimeout())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            asked.add(http.sendAsync(call, HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> read(peer, response))
                    .exceptionally(e -> {
                        log.info("peer Beacon {} failed: {}", peer, e.toString());
                        return PeerAnswer.failure(peer, "no answer: " + rootCause(e));
                    }));
        }
        return asked.stream().map(CompletableFuture::join).toList();
    }

    private PeerAnswer read(URI peer, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return PeerAnswer.failure(peer, "HTTP " + response.statusCode());
        }
        try {
            Map<?, ?> document = json.readValue(response.body(), Map.class);
            Map<?, ?> meta = (Map<?, ?>) document.get("meta");
            Map<?, ?> summary = (Map<?, ?>) document.get("responseSummary");
            if (meta == null || summary == null || !(summary.get("exists") instanceof Boolean exists)) {
                return PeerAnswer.failure(peer, "not a Beacon v2 response (no meta or responseSummary.exists)");
            }
            Granularity granularity =
                    switch (String.valueOf(meta.get("returnedGranularity"))) {
                        case "record" -> Granularity.RECORD;
                        case "count" -> Granularity.COUNT;
                        default -> Granularity.BOOLEAN;
                    };
            long count = summary.get("numTotalResults") instanceof Number n && granularity != Granularity.BOOLEAN
                    ? n.longValue()
                    : 0;
            String beaconId = String.valueOf(meta.get("beaconId"));
            List<Map<String, Object>> sets = new ArrayList<>();
            if (document.get("response") instanceof Map<?, ?> body && body.get("resultSets") instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map<?, ?> set) {
                        Map<String, Object> copy = new LinkedHashMap<>();
                        set.forEach((k, v) -> copy.put(String.valueOf(k), v));
                        copy.put("id", beaconId + ":" + set.get("id"));
                        sets.add(copy);
                    }
                }
            }
            return new PeerAnswer(peer, beaconId, false, "", granularity, exists, count, sets);
        } catch (JacksonException | ClassCastException e) {
            return PeerAnswer.failure(peer, "not a Beacon v2 response: " + e.getMessage());
        }
    }

    private static Map<String, Object> body(BeaconRequest request) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("requestParameters", request.parameters());
        query.put(
                "filters",
                request.filters().stream()
                        .map(f -> Map.of("id", f.id(), "includeDescendantTerms", f.descendants()))
                        .toList());
        query.put("requestedGranularity", BeaconRequest.name(request.requested()));
        query.put("includeResultsetResponses", request.include().name());
        query.put("pagination", Map.of("skip", request.skip(), "limit", request.limit()));
        return Map.of("meta", Map.of("apiVersion", BeaconDocuments.API_VERSION), "query", query);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }
}
