package org.genobay.beacon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The informational documents of the Beacon: {@code /info}, {@code /service-info}, {@code /configuration},
 * {@code /map}, {@code /entry_types} and {@code /filtering_terms}, in the shapes of the Beacon v2 framework schemas.
 */
@Component
class BeaconDocuments {

    static final String API_VERSION = "v2.0.0";
    static final String FRAMEWORK = "https://raw.githubusercontent.com/ga4gh-beacon/beacon-v2/main/framework/json/";

    private final BeaconProperties properties;
    private final BeaconFilters filters;

    BeaconDocuments(BeaconProperties properties, BeaconFilters filters) {
        this.properties = properties;
        this.filters = filters;
    }

    Map<String, Object> info(String root) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("id", properties.id());
        response.put("name", properties.name());
        response.put("apiVersion", API_VERSION);
        response.put("environment", "prod");
        response.put("organization", Map.of("id", properties.id(), "name", properties.organization()));
        response.put(
                "description",
                "Genobay's GA4GH Beacon v2: variants, individuals and biosamples of the datasets that the institutions"
                        + " of this node share, each answered as far as the caller may see it");
        response.put("welcomeUrl", root);
        return informational(response);
    }

    Map<String, Object> serviceInfo(String root) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", properties.id());
        info.put("name", properties.name());
        info.put("type", Map.of("group", "org.ga4gh", "artifact", "beacon", "version", API_VERSION));
        info.put("description", "GA4GH Beacon v2 of a Genobay node");
        info.put("organization", Map.of("name", properties.organization(), "url", root));
        info.put("version", API_VERSION);
        info.put("environment", "prod");
        return info;
    }

    Map<String, Object> configuration() {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("$schema", FRAMEWORK + "configuration/beaconConfigurationSchema.json");
        response.put("maturityAttributes", Map.of("productionStatus", "PROD"));
        response.put(
                "securityAttributes",
                Map.of(
                        "defaultGranularity",
                        "boolean",
                        "securityLevels",
                        List.of("PUBLIC", "REGISTERED", "CONTROLLED")));
        response.put("entryTypes", entryTypeDefinitions());
        return informational(response);
    }

    Map<String, Object> entryTypes() {
        return informational(Map.of("entryTypes", entryTypeDefinitions()));
    }

    Map<String, Object> map(String root) {
        Map<String, Object> sets = new LinkedHashMap<>();
        for (EntryType type : EntryType.values()) {
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("entryType", type.id());
            set.put("rootUrl", root + "/" + type.path());
            set.put("singleEntryUrl", root + "/" + type.path() + "/{id}");
            Map<String, Object> related = new LinkedHashMap<>();
            for (EntryType target : crossTargets(type)) {
                related.put(
                        target.path(),
                        Map.of(
                                "url",
                                root + "/" + type.path() + "/{id}/" + target.path(),
                                "returnedEntryType",
                                target.id()));
            }
            if (!related.isEmpty()) {
                set.put("endpoints", related);
            }
            sets.put(type.id(), set);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("$schema", FRAMEWORK + "configuration/beaconMapSchema.json");
        response.put("endpointSets", sets);
        return informational(response);
    }

    Map<String, Object> filteringTerms() {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("filteringTerms", filters.listed());
        response.put(
                "resources",
                List.of(
                        resource("hp", "Human Phenotype Ontology", "HP", "http://purl.obolibrary.org/obo/HP_"),
                        resource("ncit", "NCI Thesaurus", "NCIT", "http://purl.obolibrary.org/obo/NCIT_"),
                        resource("icd10", "ICD-10", "ICD10", "https://icd.who.int/browse10/2019/en#/")));
        return informational(response);
    }

    /** The entry types reached from one entry of a type ({@code /individuals/{id}/g_variants}…). */
    static List<EntryType> crossTargets(EntryType type) {
        return switch (type) {
            case G_VARIANTS -> List.of(EntryType.INDIVIDUALS, EntryType.BIOSAMPLES);
            case INDIVIDUALS -> List.of(EntryType.G_VARIANTS, EntryType.BIOSAMPLES);
            case BIOSAMPLES -> List.of(EntryType.G_VARIANTS, EntryType.INDIVIDUALS);
            case COHORTS -> List.of(EntryType.INDIVIDUALS);
            case DATASETS -> List.of(EntryType.G_VARIANTS, EntryType.INDIVIDUALS, EntryType.BIOSAMPLES);
        };
    }

    private Map<String, Object> entryTypeDefinitions() {
        Map<String, Object> types = new LinkedHashMap<>();
        for (EntryType type : EntryType.values()) {
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("id", type.id());
            definition.put("name", type.label());
            definition.put("partOfSpecification", "Beacon v2.0.0");
            definition.put(
                    "defaultSchema",
                    Map.of(
                            "id",
                            type.schema(),
                            "name",
                            "Default schema for " + type.label().toLowerCase(),
                            "referenceToSchemaDefinition",
                            type.schemaUrl(),
                            "schemaVersion",
                            API_VERSION));
            definition.put("nonFilteredQueriesAllowed", true);
            if (type.collection()) {
                definition.put(
                        "aCollectionOf",
                        crossTargets(type).stream()
                                .map(t -> Map.of("id", t.id(), "name", t.label()))
                                .toList());
            }
            types.put(type.id(), definition);
        }
        return types;
    }

    private static Map<String, Object> resource(String id, String name, String prefix, String iri) {
        return Map.of("id", id, "name", name, "nameSpacePrefix", prefix, "iriPrefix", iri);
    }

    private Map<String, Object> informational(Map<String, Object> response) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("beaconId", properties.id());
        meta.put("apiVersion", API_VERSION);
        meta.put("returnedSchemas", List.of());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("meta", meta);
        document.put("response", response);
        return document;
    }
}
