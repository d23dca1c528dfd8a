package org.genobay.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * individuals, biosamples, cohorts and datasets, with cross-entry paths and ontology filters with descendants; record
 * results validated against the default model's schemas.
 */
class BeaconEntriesIT extends BeaconFixture {

    @Test
    void a_phenotype_filter_counts_the_term_with_its_descendants_unless_told_not_to() throws Exception {
        String with = beacon(
                world.stranger(),
                "/individuals?filters=" + SEIZURE + "&requestedGranularity=count&datasetIds="
                        + world.registeredClinical(),
                200);
        BeaconSchemas.assertValid("beaconCountResponse.json", with);
        assertThat((Integer) json(with, "$.responseSummary.numTotalResults")).isEqualTo(6);
        String without = beaconPost(
                world.stranger(),
                "/individuals",
                """
                {"meta": {"apiVersion": "v2.0.0"},
                 "query": {"filters": [{"id": "%s", "includeDescendantTerms": false}],
                           "requestParameters": {"datasetIds": "%d"}, "requestedGranularity": "count"}}"""
                        .formatted(SEIZURE, world.registeredClinical()),
                200);
        assertThat((Integer) json(without, "$.responseSummary.numTotalResults")).isEqualTo(5);
    }

    @Test
    void a_filter_that_matches_fewer_people_than_the_threshold_is_told_only_as_a_boolean() throws Exception {
        String response = beacon(
                world.stranger(),
                "/individuals?filters=" + TONIC_CLONIC + "&requestedGranularity=count&datasetIds="
                        + world.registeredClinical(),
                200);
        BeaconSchemas.assertValid("beaconBooleanResponse.json", response);
        assertThat((Boolean) json(response, "$.responseSummary.exists")).isTrue();
        assertThat(response).doesNotContain("numTotalResults");
    }

    @Test
    void sex_and_phenotype_filters_combine() throws Exception {
        // Participants 0, 2, 4 are female with Seizure: 3, below the threshold; the even ones are female.
        long expected = java.util.stream.IntStream.range(0, PARTICIPANTS)
                .filter(i -> i % 2 == 0 && !withdrawn.contains(world.studyIds().get(i)))
                .count();
        String females = beacon(
                world.stranger(),
                "/individuals?filters=NCIT:C16576&requestedGranularity=count&datasetIds=" + world.registeredClinical(),
                200);
        assertThat((Integer) json(females, "$.responseSummary.numTotalResults")).isEqualTo((int) expected);
        String both = beacon(
                world.stranger(),
                "/individuals?filters=NCIT:C16576," + SEIZURE + "&requestedGranularity=count&datasetIds="
                        + world.registeredClinical(),
                200);
        assertThat((String) json(both, "$.meta.returnedGranularity")).isEqualTo("boolean");
    }

    @Test
    void the_grantee_reads_individual_and_biosample_records_valid_against_the_model() throws Exception {
        String individuals = beacon(
                world.grantee(),
                "/individuals?requestedGranularity=record&limit=50&datasetIds=" + world.controlledVariants(),
                200);
        BeaconSchemas.assertValid("beaconResultsetsResponse.json", individuals);
        List<Object> records = json(individuals, "$.response.resultSets[0].results[*]");
        for (Object record : records) {
            assertThat(BeaconSchemas.problems(
                            BeaconSchemas.MODELS + "individuals/defaultSchema.json",
                            com.jayway.jsonpath.JsonPath.parse(record).jsonString()))
                    .isEmpty();
        }
        List<String> ids = json(individuals, "$.response.resultSets[0].results[*].id");
        assertThat(ids).doesNotContain(world.studyIds().get(11)).isSubsetOf(world.studyIds());
        String sample = world.samples().get(0);
        String biosample = beacon(world.grantee(), "/biosamples/" + sample + "?requestedGranularity=record", 200);
        BeaconSchemas.assertValid("beaconResultsetsResponse.json", biosample);
        assertThat(BeaconSchemas.problems(
                        BeaconSchemas.MODELS + "biosamples/defaultSchema.json",
                        com.jayway.jsonpath.JsonPath.parse(
                                        (Object) json(biosample, "$.response.resultSets[0].results[0]"))
                                .jsonString()))
                .isEmpty();
        assertThat((String) json(biosample, "$.response.resultSets[0].results[0].individualId"))
                .isEqualTo(world.studyIds().get(0));
    }

    @Test
    void cross_entry_paths_lead_from_an_individual_to_its_variants_and_from_a_variant_to_its_carriers()
            throws Exception {
        String person = world.studyIds().get(1);
        String variants = beacon(
                world.grantee(), "/individuals/" + person + "/g_variants?requestedGranularity=record&limit=5", 200);
        BeaconSchemas.assertValid("beaconResultsetsResponse.json", variants);
        int total = json(variants, "$.response.resultSets[0].resultsCount");
        assertThat(total)
                .isEqualTo(carriedInVcf(
                                1, Integer.MAX_VALUE, Set.of(world.samples().get(1)))
                        .size());
        String variant = json(variants, "$.response.resultSets[0].results[0].variantInternalId");
        String carriers = beacon(
                world.grantee(),
                "/g_variants/" + variant + "/individuals?requestedGranularity=record&limit=50&datasetIds="
                        + world.controlledVariants(),
                200);
        List<String> ids = json(carriers, "$.response.resultSets[0].results[*].id");
        assertThat(ids).contains(person);
    }

    @Test
    void datasets_and_cohorts_list_what_the_caller_may_learn_anything_from() throws Exception {
        String anonymous = beacon(null, "/datasets?limit=100", 200);
        BeaconSchemas.assertValid("beaconCollectionsResponse.json", anonymous);
        List<String> ids = json(anonymous, "$.response.collections[*].id");
        assertThat(ids)
                .contains(String.valueOf(world.publicVariants()))
                .doesNotContain(String.valueOf(world.controlledVariants()), String.valueOf(world.registeredClinical()));
        String cohorts = beacon(world.stranger(), "/cohorts?datasetIds=" + world.registeredClinical(), 200);
        BeaconSchemas.assertValid("beaconCollectionsResponse.json", cohorts);
        assertThat((Integer) json(cohorts, "$.response.collections[0].cohortSize"))
                .isEqualTo(PARTICIPANTS - withdrawn.size());
        String members = beacon(
                world.stranger(),
                "/cohorts/" + world.registeredClinical() + "/individuals?requestedGranularity=count",
                200);
        assertThat((Integer) json(members, "$.responseSummary.numTotalResults"))
                .isEqualTo(PARTICIPANTS - withdrawn.size());
    }
}
