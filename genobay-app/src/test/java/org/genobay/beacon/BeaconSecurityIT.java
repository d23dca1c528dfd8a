package org.genobay.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.genobay.biobank.Participants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input and attacks: malformed, hostile and oversized requests get a Beacon error response and reach no query; a
 * registered user without a grant learns nothing of controlled records by guessing ids, by paging or through
 * cross-entry paths; a withdrawal takes effect at the next query.
 */
class BeaconSecurityIT extends BeaconFixture {

    @Autowired
    Participants biobank;

    @Test
    void guessing_a_controlled_persons_id_answers_as_for_an_id_that_does_not_exist() throws Exception {
        String real = world.studyIds().get(0);
        for (String path : List.of("/individuals/", "/biosamples/")) {
            String id = path.equals("/individuals/") ? real : world.samples().get(0);
            String guessed = beacon(
                    world.stranger(),
                    path + id + "?requestedGranularity=record&datasetIds=" + world.controlledVariants(),
                    200);
            String invented = beacon(
                    world.stranger(),
                    path + "GB-NOSUCH00?requestedGranularity=record&datasetIds=" + world.controlledVariants(),
                    200);
            assertThat((Boolean) json(guessed, "$.responseSummary.exists")).isFalse();
            assertThat(guessed).isEqualTo(invented);
        }
    }

    @Test
    void paging_never_reaches_past_what_the_caller_may_see() throws Exception {
        for (int skip = 0; skip < 30; skip += 5) {
            String page = beacon(
                    world.stranger(),
                    "/individuals?requestedGranularity=record&limit=5&skip=" + skip + "&datasetIds="
                            + world.controlledVariants() + "," + world.registeredClinical(),
                    200);
            assertThat(page).doesNotContain(world.studyIds().get(0)).doesNotContain("\"results\":[{");
            assertThat((String) json(page, "$.meta.returnedGranularity")).isNotEqualTo("record");
        }
    }

    @Test
    void cross_entry_paths_give_a_stranger_no_controlled_records() throws Exception {
        String variant = carriedInVcf(
                        16_050_075, 16_070_000, Set.of(world.samples().get(0)))
                .keySet()
                .stream()
                .filter(k -> k.matches("22-[0-9]+-[ACGT]+-[ACGT]+"))
                .findFirst()
                .orElseThrow();
        for (String path : List.of(
                "/g_variants/" + variant + "/individuals",
                "/g_variants/" + variant + "/biosamples",
                "/individuals/" + world.studyIds().get(0) + "/g_variants",
                "/biosamples/" + world.samples().get(0) + "/individuals",
                "/datasets/" + world.controlledVariants() + "/individuals",
                "/datasets/" + world.controlledVariants() + "/g_variants")) {
            String response = beacon(world.stranger(), path + "?requestedGranularity=record&limit=100", 200);
            for (String id : world.studyIds()) {
                assertThat(response).as(path).doesNotContain(id);
            }
            assertThat(response).as(path).doesNotContain("caseLevelData");
        }
    }

    @Test
    void injection_attempts_are_refused_with_a_beacon_error() throws Exception {
        List<String> hostile = List.of(
                "/individuals?filters=HP:0001250'%20OR%20'1'='1",
                "/g_variants?referenceName=22;DROP%20TABLE%20participant&start=1&end=2",
                "/g_variants?referenceName=22&start=1%20OR%201=1&end=5",
                "/individuals?datasetIds=1%20OR%201=1",
                "/g_variants?referenceName=22&start=100&referenceBases=A&alternateBases=G'--",
                "/individuals/x'OR'1'='1",
                "/g_variants/22-1-A-G'OR'1'='1/individuals");
        for (String path : hostile) {
            String response = beacon(null, path, 400);
            BeaconSchemas.assertValid("beaconErrorResponse.json", response);
        }
        String json = beaconPost(
                null,
                "/g_variants",
                """
                {"query": {"requestParameters": {"referenceName": {"$ne": null}, "start": [1], "end": [9]}}}""",
                400);
        BeaconSchemas.assertValid("beaconErrorResponse.json", json);
        String nested =
                beaconPost(null, "/individuals", "{\"query\": {\"filters\": [{\"id\": {\"$gt\": \"\"}}]}}", 400);
        BeaconSchemas.assertValid("beaconErrorResponse.json", nested);
    }

    @Test
    void malformed_requests_get_a_beacon_error_never_a_stack_trace() throws Exception {
        List<String> bodies = List.of(
                "{\"query\": ",
                "[1, 2, 3]",
                "{\"query\": {\"pagination\": {\"skip\": -1}}}",
                "{\"query\": {\"requestedGranularity\": \"everything\"}}",
                "{\"query\": {\"unexpected\": true}}",
                "{\"query\": {\"filters\": \"HP:0001250\"}}");
        for (String body : bodies) {
            String response = beaconPost(null, "/individuals", body, 400);
            BeaconSchemas.assertValid("beaconErrorResponse.json", response);
            assertThat(response)
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ")
                    .doesNotContain("trace");
        }
        for (String query : List.of("limit=100000", "skip=x", "requestedGranularity=", "start=5")) {
            BeaconSchemas.assertValid("beaconErrorResponse.json", beacon(null, "/g_variants?" + query, 400));
        }
    }

    @Test
    void unknown_filters_and_parameters_are_rejected() throws Exception {
        String filter = beacon(null, "/individuals?filters=HP:9999999", 400);
        BeaconSchemas.assertValid("beaconErrorResponse.json", filter);
        assertThat((String) json(filter, "$.error.errorMessage")).contains("unknown filter");
        BeaconSchemas.assertValid("beaconErrorResponse.json", beacon(null, "/individuals?filters=XYZ:1", 400));
        BeaconSchemas.assertValid(
                "beaconErrorResponse.json",
                beaconPost(
                        null,
                        "/individuals",
                        "{\"query\": {\"filters\": [{\"id\": \"age\", \"operator\": \">\", \"value\": \"30\"}]}}",
                        400));
        BeaconSchemas.assertValid("beaconErrorResponse.json", beacon(null, "/individuals?colour=blue", 400));
    }

    @Test
    void oversized_requests_are_refused() throws Exception {
        String big = "{\"query\": {\"requestParameters\": {\"referenceName\": \"" + "A".repeat(70_000) + "\"}}}";
        String response = beaconPost(null, "/g_variants", big, 413);
        BeaconSchemas.assertValid("beaconErrorResponse.json", response);
        String filters = "HP:0001250,".repeat(11);
        BeaconSchemas.assertValid(
                "beaconErrorResponse.json",
                beacon(null, "/individuals?filters=" + filters.substring(0, filters.length() - 1), 400));
        BeaconSchemas.assertValid(
                "beaconErrorResponse.json", beacon(null, "/individuals?datasetIds=" + "1,".repeat(2100) + "1", 413));
    }

    @Test
    void a_withdrawal_removes_the_person_from_the_grantees_next_query() throws Exception {
        String person = world.studyIds().get(10);
        String query = "/individuals?requestedGranularity=record&limit=50&datasetIds=" + world.controlledVariants();
        assertThat((List<String>) json(beacon(world.grantee(), query, 200), "$.response.resultSets[0].results[*].id"))
                .contains(person);
        biobank.withdrawConsent(person, Set.of(), world.staff());
        withdrawn.add(person);
        assertThat((List<String>) json(beacon(world.grantee(), query, 200), "$.response.resultSets[0].results[*].id"))
                .doesNotContain(person)
                .isNotEmpty();
    }
}
