package org.genobay.beacon;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Beacon v2 API. Anyone may call it; a signed-in user (HTTP Basic, as the rest of the API) may learn more, as
 * far as {@link org.genobay.sharing.DataAccess} allows per dataset. A {@code @Controller} with {@code @ResponseBody}
 * rather than a {@code @RestController}, so that its errors are Beacon error responses ({@link BeaconErrors}), not
 * the problem details of the rest of the API.
 */
@Controller
@ResponseBody
@RequestMapping(value = "/api/beacon", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "beacon",
        description = "GA4GH Beacon v2: variants, individuals, biosamples, cohorts and datasets of the shared"
                + " catalogue, answered per dataset within what the caller may see; anonymous calls allowed")
class BeaconApi {

    private final BeaconDocuments documents;
    private final BeaconRequests requests;
    private final BeaconQueries queries;
    private final BeaconCollections collections;
    private final BeaconResponses responses;
    private final BeaconFederation federation;

    BeaconApi(
            BeaconDocuments documents,
            BeaconRequests requests,
            BeaconQueries queries,
            BeaconCollections collections,
            BeaconResponses responses,
            BeaconFederation federation) {
        this.documents = documents;
        this.requests = requests;
        this.queries = queries;
        this.collections = collections;
        this.responses = responses;
        this.federation = federation;
    }

    @GetMapping({"", "/", "/info"})
    @Operation(summary = "Beacon information")
    Map<String, Object> info() {
        return documents.info(root());
    }

    @GetMapping("/service-info")
    @Operation(summary = "GA4GH service-info")
    Map<String, Object> serviceInfo() {
        return documents.serviceInfo(root());
    }

    @GetMapping("/configuration")
    @Operation(summary = "Beacon configuration: entry types, security levels")
    Map<String, Object> configuration() {
        return documents.configuration();
    }

    @GetMapping("/map")
    @Operation(summary = "Beacon map: the endpoints of each entry type")
    Map<String, Object> map() {
        return documents.map(root());
    }

    @GetMapping("/entry_types")
    @Operation(summary = "The entry types served")
    Map<String, Object> entryTypes() {
        return documents.entryTypes();
    }

    @GetMapping("/filtering_terms")
    @Operation(summary = "Ontology terms that filters accept")
    Map<String, Object> filteringTerms() {
        return documents.filteringTerms();
    }

    @GetMapping("/{entryType}")
    @Operation(
            summary = "Query an entry type (g_variants, individuals, biosamples) or list a collection (cohorts,"
                    + " datasets) with query parameters")
    Map<String, Object> get(
            @PathVariable String entryType,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query,
            Optional<CurrentUser> user,
            HttpServletRequest http) {
        return get(path(entryType, null, null), query, user, http);
    }

    @PostMapping(value = "/{entryType}", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Query an entry type with a Beacon v2 request body")
    Map<String, Object> post(
            @PathVariable String entryType,
            @RequestBody(required = false) String body,
            Optional<CurrentUser> user,
            HttpServletRequest http) {
        return post(path(entryType, null, null), body, user, http);
    }

    @GetMapping("/{entryType}/{id}")
    @Operation(summary = "One entry by its id")
    Map<String, Object> getOne(
            @PathVariable String entryType,
            @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query,
            Optional<CurrentUser> user,
            HttpServletRequest http) {
        return get(path(entryType, id, null), query, user, http);
    }

    @PostMapping(value = "/{entryType}/{id}", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "One entry by its id, with a Beacon v2 request body")
    Map<String, Object> postOne(
            @PathVariable String entryType,
            @PathVariable String id,
            @RequestBody(required = false) String body,
            Optional<CurrentUser> user,
            HttpServletRequest http) {
        return post(path(entryType, id, null), body, user, http);
    }

    @GetMapping("/{entryType}/{id}/{target}")
    @Operation(summary = "The entries of another type reached from one entry (e.g. individuals/{id}/g_variants)")
    Map<String, Object> getCross(
            @PathVariable String entryType,
            @PathVariable String id,
            @PathVariable String target,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query,
            Optional<CurrentUser> user,
            HttpServletRequest http) {
        return get(path(entryType, id, target), query, user, http);
    }

    @PostMapping(value = "/{entryType}/{id}/{target}", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Cross-entry query with a Beacon v2 request body")
    Map<String, Object> postCross(
            @PathVariable String entryType,
            @PathVariable String id,
            @PathVariable String target,
            @RequestBody(required = false) String body,
            Optional<CurrentUser> user,
            HttpServletRequest http) {
        return post(path(entryType, id, target), body, user, http);
    }

    private Map<String, Object> get(
            EntryPath path, MultiValueMap<String, String> query, Optional<CurrentUser> user, HttpServletRequest http) {
        return answer(path, requests.fromQuery(path.answered(), query, http.getQueryString()), user);
    }

    private Map<String, Object> post(EntryPath path, String body, Optional<CurrentUser> user, HttpServletRequest http) {
        if (http.getQueryString() != null) {
            throw BeaconException.badRequest("a POST takes its parameters in the request body, not the query string");
        }
        return answer(path, requests.fromBody(path.answered(), body), user);
    }

    private Map<String, Object> answer(EntryPath path, BeaconRequest request, Optional<CurrentUser> user) {
        if (path.answered().collection()) {
            return responses.collections(path.answered(), request, collections.list(path, request, user));
        }
        List<BeaconFederation.PeerAnswer> peers = request.federated() ? federation.ask(path, request) : List.of();
        return responses.query(
                path.answered(), request, new BeaconResponses.Merged(queries.answer(path, request, user), peers));
    }

    private static EntryPath path(String base, String id, String target) {
        EntryType type = EntryType.byPath(base)
                .orElseThrow(() -> new BeaconException(
                        404, "no entry type '" + BeaconRequests.abbreviated(base) + "'; see /entry_types"));
        Optional<EntryType> to = Optional.ofNullable(target).map(t -> EntryType.byPath(t)
                .filter(BeaconDocuments.crossTargets(type)::contains)
                .orElseThrow(() -> new BeaconException(
                        404, "no path from " + type.path() + " to '" + BeaconRequests.abbreviated(t) + "'; see /map")));
        return new EntryPath(type, Optional.ofNullable(id), to);
    }

    private static String root() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/beacon")
                .toUriString();
    }
}
