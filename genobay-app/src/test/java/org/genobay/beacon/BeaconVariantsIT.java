package org.genobay.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * g_variants on the real 1000 Genomes genotypes of the fixture's participants, checked against the same VCF read with
 * htsjdk: sequence, range and gene queries, granularity per dataset and the small-count rule.
 */
class BeaconVariantsIT extends BeaconFixture {

    static final int FROM = 16_050_075;
    static final int TO = 16_070_000;

    @Test
    void a_range_query_counts_the_variants_that_participants_carry_as_in_the_vcf() throws Exception {
        int expected = carriedInVcf(FROM, TO, activeSamples()).size();
        assertThat(expected).isGreaterThan(5);
        String response = beacon(
                null,
                "/g_variants?referenceName=22&start=" + (FROM - 1) + "&end=" + TO + "&requestedGranularity=count"
                        + "&datasetIds=" + world.publicVariants(),
                200);
        BeaconSchemas.assertValid("beaconCountResponse.json", response);
        assertThat((Integer) json(response, "$.responseSummary.numTotalResults"))
                .isEqualTo(expected);
        assertThat((String) json(response, "$.meta.returnedGranularity")).isEqualTo("count");
    }

    @Test
    void a_sequence_query_takes_a_0_based_start_and_finds_exactly_that_variant() throws Exception {
        Map<String, Set<String>> carried = carriedInVcf(FROM, TO, activeSamples());
        String key = carried.keySet().stream()
                .filter(k -> k.matches("22-[0-9]+-[ACGT]-[ACGT]"))
                .findFirst()
                .orElseThrow();
        String[] p = key.split("-");
        int pos = Integer.parseInt(p[1]);
        String found = beacon(
                null,
                "/g_variants?referenceName=22&start=" + (pos - 1) + "&referenceBases=" + p[2] + "&alternateBases="
                        + p[3] + "&datasetIds=" + world.publicVariants(),
                200);
        BeaconSchemas.assertValid("beaconBooleanResponse.json", found);
        assertThat((Boolean) json(found, "$.responseSummary.exists")).isTrue();
        String shifted = beacon(
                null,
                "/g_variants?referenceName=22&start=" + pos + "&referenceBases=" + p[2] + "&alternateBases=" + p[3]
                        + "&datasetIds=" + world.publicVariants(),
                200);
        assertThat((Boolean) json(shifted, "$.responseSummary.exists")).isFalse();
    }

    @Test
    void one_variant_asked_for_as_a_count_is_told_only_as_a_boolean_below_the_threshold() throws Exception {
        String key = carriedInVcf(FROM, TO, activeSamples()).keySet().stream()
                .filter(k -> k.matches("22-[0-9]+-[ACGT]+-[ACGT]+"))
                .findFirst()
                .orElseThrow();
        String[] p = key.split("-");
        String response = beacon(
                null,
                "/g_variants?referenceName=22&start=" + (Integer.parseInt(p[1]) - 1) + "&referenceBases=" + p[2]
                        + "&alternateBases=" + p[3] + "&requestedGranularity=count&datasetIds="
                        + world.publicVariants(),
                200);
        BeaconSchemas.assertValid("beaconBooleanResponse.json", response);
        assertThat((String) json(response, "$.meta.returnedGranularity")).isEqualTo("boolean");
        assertThat(response).doesNotContain("numTotalResults");
    }

    @Test
    void a_gene_query_counts_the_variants_within_the_gene() throws Exception {
        // NBEAP3: 22:16,100,517–16,124,973 in Ensembl 75 (GRCh37).
        int expected = carriedInVcf(16_100_517, 16_124_973, activeSamples()).size();
        assertThat(expected).isGreaterThanOrEqualTo(5);
        String response = beacon(
                null, "/g_variants?geneId=NBEAP3&requestedGranularity=count&datasetIds=" + world.publicVariants(), 200);
        BeaconSchemas.assertValid("beaconCountResponse.json", response);
        assertThat((Integer) json(response, "$.responseSummary.numTotalResults"))
                .isEqualTo(expected);
    }

    @Test
    void records_asked_for_by_anyone_are_downgraded_to_the_public_datasets_count() throws Exception {
        String response = beacon(
                null,
                "/g_variants?referenceName=22&start=" + (FROM - 1) + "&end=" + TO
                        + "&requestedGranularity=record&datasetIds=" + world.publicVariants() + ","
                        + world.controlledVariants(),
                200);
        BeaconSchemas.assertValid("beaconCountResponse.json", response);
        assertThat((String) json(response, "$.meta.returnedGranularity")).isEqualTo("count");
        assertThat(response).doesNotContain("caseLevelData");
    }

    @Test
    void the_controlled_dataset_tells_a_stranger_only_whether_and_anyone_nothing() throws Exception {
        String query = "/g_variants?referenceName=22&start=" + (FROM - 1) + "&end=" + TO
                + "&requestedGranularity=count&datasetIds=" + world.controlledVariants();
        String stranger = beacon(world.stranger(), query, 200);
        BeaconSchemas.assertValid("beaconBooleanResponse.json", stranger);
        assertThat((Boolean) json(stranger, "$.responseSummary.exists")).isTrue();
        assertThat((String) json(stranger, "$.meta.returnedGranularity")).isEqualTo("boolean");
        String anonymous = beacon(null, query, 200);
        assertThat((Boolean) json(anonymous, "$.responseSummary.exists")).isFalse();
    }

    @Test
    void the_grantee_gets_records_of_consenting_carriers_only_page_by_page() throws Exception {
        Set<String> reachable = new HashSet<>(activeSamples());
        reachable.remove(world.samples().get(11));
        Map<String, Set<String>> expected = carriedInVcf(FROM, TO, reachable);
        Set<String> seen = new HashSet<>();
        Set<String> carriers = new HashSet<>();
        for (int skip = 0; skip < expected.size() + 10; skip += 10) {
            String page = beacon(
                    world.grantee(),
                    "/g_variants?referenceName=22&start=" + (FROM - 1) + "&end=" + TO
                            + "&requestedGranularity=record&limit=10&skip=" + skip + "&datasetIds="
                            + world.controlledVariants(),
                    200);
            BeaconSchemas.assertValid("beaconResultsetsResponse.json", page);
            assertThat((Integer) json(page, "$.response.resultSets[0].resultsCount"))
                    .isEqualTo(expected.size());
            List<String> ids = json(page, "$.response.resultSets[0].results[*].variantInternalId");
            seen.addAll(ids);
            carriers.addAll(json(page, "$.response.resultSets[0].results[*].caseLevelData[*].biosampleId"));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(carriers)
                .isSubsetOf(reachable)
                .doesNotContain(world.samples().get(11));
    }
}
