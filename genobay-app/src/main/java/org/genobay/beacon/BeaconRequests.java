package org.genobay.beacon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.genobay.sharing.Granularity;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a Beacon request, from a GET's query parameters or a POST's JSON body, into a {@link BeaconRequest}. It is
 * strict on purpose: an unknown parameter, an unknown key of the body, a value of the wrong shape or out of range is an
 * error that names it, never ignored, so that a malformed or hostile request (injection attempts included) gets a
 * Beacon error response and reaches no query.
 */
@Component
class BeaconRequests {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_FILTERS = 10;
    static final int MAX_DATASETS = 50;
    static final int MAX_QUERY_STRING = 4096;

    private static final Pattern CURIE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,31}:[A-Za-z0-9_.-]{1,64}");
    private static final Pattern BASES = Pattern.compile("[ACGTNacgtn]{1,1000}");
    private static final Pattern REFERENCE = Pattern.compile("(chr)?([1-9]|1[0-9]|2[0-2]|X|Y|MT|M)");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private static final Set<String> COMMON = Set.of(
            "requestedGranularity",
            "filters",
            "skip",
            "limit",
            "includeResultsetResponses",
            "datasetIds",
            "federated",
            "testMode");
    private static final Set<String> VARIANT_PARAMETERS =
            Set.of("referenceName", "start", "end", "referenceBases", "alternateBases", "assemblyId", "geneId");
    private static final Set<String> BODY_KEYS = Set.of("meta", "query", "$schema");
    private static final Set<String> QUERY_KEYS = Set.of(
            "requestParameters",
            "filters",
            "includeResultsetResponses",
            "pagination",
            "requestedGranularity",
            "testMode");

    private final ObjectMapper json;
    private final BeaconProperties properties;

    BeaconRequests(ObjectMapper json, BeaconProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    /** A GET: every parameter once, as text. */
    BeaconRequest fromQuery(EntryType type, Map<String, List<String>> query, String queryString) {
        if (queryString != null && queryString.length() > MAX_QUERY_STRING) {
            throw new BeaconException(
                    413, "the query string has " + queryString.length() + " characters; at most " + MAX_QUERY_STRING);
        }
        Map<String, String> single = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (values.size() != 1) {
                throw BeaconException.badRequest("parameter '" + name + "' is given " + values.size()
                        + " times; give it once (lists are comma-separated)");
            }
            single.put(name, values.get(0));
        });
        List<BeaconRequest.Filter> filters = new ArrayList<>();
        String filterText = single.remove("filters");
        if (filterText != null && !filterText.isBlank()) {
            for (String id : filterText.split(",", -1)) {
                filters.add(new BeaconRequest.Filter(curie(id.strip()), true));
            }
        }
        return build(type, single, filters);
    }

    /** A POST: the Beacon v2 request body ({@code meta}, {@code query}). */
    BeaconRequest fromBody(EntryType type, String body) {
        long max = properties.maxRequest().toBytes();
        if (body != null && body.length() > max) {
            throw new BeaconException(413, "the request body has " + body.length() + " characters; at most " + max);
        }
        if (body == null || body.isBlank()) {
            return build(type, new LinkedHashMap<>(), List.of());
        }
        Object parsed;
        try {
            parsed = json.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw BeaconException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        }
        Map<String, Object> root = object("body", parsed);
        known("body", root, BODY_KEYS);
        if (root.containsKey("meta")) {
            object("meta", root.get("meta"));
        }
        Map<String, Object> query = root.containsKey("query") ? object("query", root.get("query")) : Map.of();
        known("query", query, QUERY_KEYS);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.containsKey("requestParameters")) {
            object("query.requestParameters", query.get("requestParameters"))
                    .forEach((name, value) -> parameters.put(name, scalar("query.requestParameters." + name, value)));
        }
        for (String key : List.of("requestedGranularity", "includeResultsetResponses", "testMode")) {
            if (query.containsKey(key)) {
                parameters.put(key, scalar("query." + key, query.get(key)));
            }
        }
        if (query.containsKey("pagination")) {
            Map<String, Object> pagination = object("query.pagination", query.get("pagination"));
            known("query.pagination", pagination, Set.of("skip", "limit", "currentPage", "nextPage", "previousPage"));
            for (String key : List.of("skip", "limit")) {
                if (pagination.containsKey(key)) {
                    parameters.put(key, scalar("query.pagination." + key, pagination.get(key)));
                }
            }
        }
        List<BeaconRequest.Filter> filters = new ArrayList<>();
        if (query.containsKey("filters")) {
            if (!(query.get("filters") instanceof List<?> list)) {
                throw BeaconException.badRequest("query.filters must be a list of filters");
            }
            for (int i = 0; i < list.size(); i++) {
                filters.add(filter("query.filters[" + i + "]", list.get(i)));
            }
        }
        return build(type, parameters, filters);
    }

    private BeaconRequest build(EntryType type, Map<String, String> parameters, List<BeaconRequest.Filter> filters) {
        for (String name : parameters.keySet()) {
            if (!COMMON.contains(name) && !(type == EntryType.G_VARIANTS && VARIANT_PARAMETERS.contains(name))) {
                throw BeaconException.badRequest("unknown request parameter '" + abbreviated(name) + "' for "
                        + type.path() + "; this Beacon takes " + allowed(type));
            }
        }
        if (filters.size() > MAX_FILTERS) {
            throw BeaconException.badRequest(
                    "the request has " + filters.size() + " filters; at most " + MAX_FILTERS + " are accepted");
        }
        Granularity requested = granularity(parameters.getOrDefault("requestedGranularity", "boolean"));
        int skip = integer("skip", parameters.getOrDefault("skip", "0"), 0, 1_000_000);
        int limit = integer(
                "limit", parameters.getOrDefault("limit", String.valueOf(DEFAULT_LIMIT)), 0, properties.maxLimit());
        BeaconRequest.Include include = include(parameters.getOrDefault("includeResultsetResponses", "HIT"));
        boolean federated = bool("federated", parameters.getOrDefault("federated", "false"));
        bool("testMode", parameters.getOrDefault("testMode", "false"));
        Set<Long> datasetIds = datasetIds(parameters.getOrDefault("datasetIds", ""));
        Map<String, String> entryParameters = new LinkedHashMap<>(parameters);
        entryParameters.keySet().removeAll(COMMON);
        checkVariantParameters(entryParameters);
        return new BeaconRequest(
                requested,
                filters,
                skip,
                limit == 0 ? properties.maxLimit() : limit,
                include,
                entryParameters,
                datasetIds,
                federated);
    }

    private static void checkVariantParameters(Map<String, String> parameters) {
        parameters.forEach((name, value) -> {
            boolean valid =
                    switch (name) {
                        case "referenceName" -> REFERENCE.matcher(value).matches();
                        case "start", "end" -> value.matches("[0-9]{1,10}")
                                && Long.parseLong(value) < Integer.MAX_VALUE;
                        case "referenceBases", "alternateBases" -> BASES.matcher(value)
                                .matches();
                        default -> TOKEN.matcher(value).matches();
                    };
            if (!valid) {
                throw BeaconException.badRequest("request parameter " + name + " '" + abbreviated(value) + "' is not "
                        + switch (name) {
                            case "referenceName" -> "a chromosome (1–22, X, Y, MT, optionally with 'chr')";
                            case "start", "end" -> "a 0-based position (a whole number from 0)";
                            case "referenceBases", "alternateBases" -> "a sequence of A, C, G, T or N";
                            default -> "1 to 64 letters, digits, '.', '_' or '-'";
                        });
            }
        });
    }

    private static BeaconRequest.Filter filter(String where, Object value) {
        if (value instanceof String id) {
            return new BeaconRequest.Filter(curie(id), true);
        }
        Map<String, Object> filter = object(where, value);
        Set<String> keys = Set.of("id", "includeDescendantTerms", "scope", "similarity");
        if (filter.containsKey("operator") || filter.containsKey("value")) {
            throw BeaconException.badRequest(where + ": alphanumeric filters (operator, value) are not supported;"
                    + " use ontology terms listed by /filtering_terms");
        }
        known(where, filter, keys);
        boolean descendants = true;
        if (filter.containsKey("includeDescendantTerms")) {
            if (!(filter.get("includeDescendantTerms") instanceof Boolean b)) {
                throw BeaconException.badRequest(where + ".includeDescendantTerms must be true or false");
            }
            descendants = b;
        }
        if (filter.containsKey("similarity") && !"exact".equals(filter.get("similarity"))) {
            throw BeaconException.badRequest(where + ".similarity: only 'exact' is supported");
        }
        return new BeaconRequest.Filter(curie(scalar(where + ".id", filter.get("id"))), descendants);
    }

    private static String curie(String id) {
        if (id == null || !CURIE.matcher(id).matches()) {
            throw BeaconException.badRequest("filter '" + abbreviated(String.valueOf(id))
                    + "' is not an ontology term id such as HP:0001250 or NCIT:C16576");
        }
        return id;
    }

    private static Granularity granularity(String text) {
        return switch (text) {
            case "boolean" -> Granularity.BOOLEAN;
            case "count" -> Granularity.COUNT;
            case "record" -> Granularity.RECORD;
            default -> throw BeaconException.badRequest(
                    "requestedGranularity '" + abbreviated(text) + "' is not one of boolean, count, record");
        };
    }

    private static BeaconRequest.Include include(String text) {
        try {
            return BeaconRequest.Include.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw BeaconException.badRequest(
                    "includeResultsetResponses '" + abbreviated(text) + "' is not one of HIT, MISS, ALL, NONE");
        }
    }

    private static boolean bool(String name, String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw BeaconException.badRequest(name + " '" + abbreviated(text) + "' is not true or false");
        };
    }

    private static int integer(String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw BeaconException.badRequest(
                name + " '" + abbreviated(text) + "' is not a whole number from " + min + " to " + max);
    }

    private static Set<Long> datasetIds(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        if (text.isBlank()) {
            return ids;
        }
        for (String id : text.split(",", -1)) {
            ids.add((long) integer("datasetIds", id.strip(), 1, Integer.MAX_VALUE));
        }
        if (ids.size() > MAX_DATASETS) {
            throw BeaconException.badRequest("datasetIds names " + ids.size() + " datasets; at most " + MAX_DATASETS);
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String where, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw BeaconException.badRequest(where + " must be a JSON object");
        }
        return (Map<String, Object>) map;
    }

    /** A text, number or boolean as text; a list of one value as that value (Beacon allows [start] for start). */
    private static String scalar(String where, Object value) {
        if (value instanceof List<?> list && list.size() == 1) {
            return scalar(where, list.get(0));
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            String text = String.valueOf(value);
            if (text.length() > 1000) {
                throw BeaconException.badRequest(where + " has " + text.length() + " characters; at most 1000");
            }
            return text;
        }
        throw BeaconException.badRequest(where + " must be a text, a number or true/false (one value)");
    }

    private static void known(String where, Map<String, Object> object, Set<String> keys) {
        for (String key : object.keySet()) {
            if (!keys.contains(key)) {
                throw BeaconException.badRequest(
                        "unknown key '" + abbreviated(key) + "' in " + where + "; expected one of " + keys);
            }
        }
    }

    private static String allowed(EntryType type) {
        List<String> names = new ArrayList<>(COMMON);
        if (type == EntryType.G_VARIANTS) {
            names.addAll(VARIANT_PARAMETERS);
        }
        return names.stream().sorted().toList().toString();
    }

    /** Hostile input is echoed only in part, so that an error message never carries a large payload back. */
    static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
