package org.genobay.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The informational endpoints, each validated against its Beacon v2 response schema. */
class BeaconFrameworkIT extends BeaconFixture {

    @Test
    void every_informational_endpoint_answers_anyone_with_a_document_valid_against_its_schema() throws Exception {
        Map<String, String> schemas = Map.of(
                "/info", "beaconInfoResponse.json",
                "", "beaconInfoResponse.json",
                "/service-info", "ga4gh-service-info-1-0-0-schema.json",
                "/configuration", "beaconConfigurationResponse.json",
                "/map", "beaconMapResponse.json",
                "/entry_types", "beaconEntryTypesResponse.json",
                "/filtering_terms", "beaconFilteringTermsResponse.json");
        for (Map.Entry<String, String> endpoint : schemas.entrySet()) {
            BeaconSchemas.assertValid(endpoint.getValue(), beacon(null, endpoint.getKey(), 200));
        }
    }

    @Test
    void entry_types_and_map_name_the_five_entry_types_and_their_cross_entry_paths() throws Exception {
        String types = beacon(null, "/entry_types", 200);
        assertThat(json(types, "$.response.entryTypes.*.id").toString())
                .contains("genomicVariant", "individual", "biosample", "cohort", "dataset");
        String map = beacon(null, "/map", 200);
        List<String> urls = json(map, "$.response.endpointSets.individual.endpoints.*.url");
        assertThat(urls).anyMatch(u -> u.endsWith("/api/beacon/individuals/{id}/g_variants"));
    }

    @Test
    void filtering_terms_list_the_sex_terms_and_hpo_organ_systems() throws Exception {
        String terms = beacon(null, "/filtering_terms", 200);
        List<String> ids = json(terms, "$.response.filteringTerms[*].id");
        assertThat(ids).contains("NCIT:C16576", "NCIT:C20197", "HP:0000707");
    }

    @Test
    void an_unknown_entry_type_or_cross_entry_path_is_a_beacon_error_response() throws Exception {
        String unknown = beacon(null, "/runs", 404);
        BeaconSchemas.assertValid("beaconErrorResponse.json", unknown);
        assertThat((String) json(unknown, "$.error.errorMessage")).contains("runs");
        BeaconSchemas.assertValid("beaconErrorResponse.json", beacon(null, "/cohorts/1/g_variants", 404));
    }
}
