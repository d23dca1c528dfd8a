package org.genobay.beacon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genobay.omics.Genes;
import org.genobay.sharing.Granularity;
import org.genobay.variants.Region;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class BeaconRequestsTest {

    final BeaconRequests requests = new BeaconRequests(
            JsonMapper.builder().build(),
            new BeaconProperties(
                    "test", "Test", "Test", List.of(), Duration.ofSeconds(1), DataSize.ofKilobytes(64), 100));

    @Test
    void a_get_and_the_equivalent_post_read_the_same() {
        BeaconRequest get = requests.fromQuery(
                EntryType.G_VARIANTS,
                Map.of(
                        "referenceName", List.of("22"),
                        "start", List.of("16050074"),
                        "end", List.of("16050075"),
                        "filters", List.of("HP:0001250,NCIT:C16576"),
                        "requestedGranularity", List.of("count"),
                        "skip", List.of("20"),
                        "limit", List.of("5")),
                "referenceName=22");
        BeaconRequest post = requests.fromBody(
                EntryType.G_VARIANTS,
                """
                {"meta": {"apiVersion": "v2.0.0"},
                 "query": {"requestParameters": {"referenceName": "22", "start": [16050074], "end": [16050075]},
                           "filters": [{"id": "HP:0001250"}, "NCIT:C16576"], "requestedGranularity": "count",
                           "pagination": {"skip": 20, "limit": 5}}}""");
        assertThat(post).isEqualTo(get);
        assertThat(get.requested()).isEqualTo(Granularity.COUNT);
        assertThat(get.include()).isEqualTo(BeaconRequest.Include.HIT);
    }

    @Test
    void defaults_are_boolean_the_first_ten_and_hits() {
        BeaconRequest empty = requests.fromBody(EntryType.INDIVIDUALS, "");
        assertThat(empty.requested()).isEqualTo(Granularity.BOOLEAN);
        assertThat(empty.skip()).isZero();
        assertThat(empty.limit()).isEqualTo(10);
        assertThat(empty.datasetIds()).isEmpty();
    }

    @Test
    void variant_parameters_belong_to_g_variants_only() {
        assertThatThrownBy(() -> requests.fromQuery(EntryType.INDIVIDUALS, Map.of("start", List.of("1")), "start=1"))
                .isInstanceOf(BeaconException.class)
                .hasMessageContaining("unknown request parameter 'start' for individuals");
    }

    @Test
    void a_sequence_query_turns_the_0_based_start_into_the_1_based_position() {
        VariantQuery q = VariantQuery.of(
                Map.of("referenceName", "chr22", "start", "16050074", "referenceBases", "a", "alternateBases", "G"),
                new Genes());
        assertThat(q.region()).contains(new Region("22", 16050075, 16050075));
        assertThat(q.position()).contains(16050075);
        assertThat(q.ref()).contains("A");
    }

    @Test
    void a_range_query_is_half_open_and_a_gene_query_uses_the_gene_table() {
        VariantQuery range = VariantQuery.of(Map.of("referenceName", "22", "start", "99", "end", "200"), new Genes());
        assertThat(range.region()).contains(new Region("22", 100, 200));
        assertThat(range.position()).isEmpty();
        VariantQuery gene = VariantQuery.of(Map.of("geneId", "COMT"), new Genes());
        assertThat(gene.region()).contains(new Region("22", 19929130, 19957498));
        assertThat(VariantQuery.of(Map.of("geneId", "ENSG00000093010"), new Genes())
                        .region())
                .isEqualTo(gene.region());
        VariantQuery any = VariantQuery.of(
                Map.of("referenceName", "22", "start", "5", "referenceBases", "A", "alternateBases", "N"), new Genes());
        assertThat(any.alt()).isEqualTo(Optional.empty());
    }

    @Test
    void incomplete_or_contradictory_variant_queries_are_refused_with_what_is_missing() {
        Genes genes = new Genes();
        assertThatThrownBy(() -> VariantQuery.of(Map.of("referenceName", "22", "start", "5"), genes))
                .hasMessageContaining("needs referenceBases and alternateBases");
        assertThatThrownBy(() -> VariantQuery.of(Map.of("referenceName", "22", "start", "9", "end", "9"), genes))
                .hasMessageContaining("must be after start");
        assertThatThrownBy(() -> VariantQuery.of(Map.of("geneId", "NOTAGENE"), genes))
                .hasMessageContaining("unknown geneId 'NOTAGENE'");
        assertThatThrownBy(() -> VariantQuery.of(Map.of("end", "9"), genes))
                .hasMessageContaining("needs referenceName and start");
    }

    @Test
    void hostile_values_are_refused_and_echoed_only_in_part() {
        String payload = "22' UNION SELECT * FROM account --" + "x".repeat(200);
        assertThatThrownBy(() -> requests.fromQuery(
                        EntryType.G_VARIANTS, Map.of("referenceName", List.of(payload)), "referenceName=…"))
                .isInstanceOf(BeaconException.class)
                .hasMessageContaining("is not a chromosome")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        assertThatThrownBy(() -> requests.fromBody(EntryType.G_VARIANTS, "{\"query\": {\"filters\": [{\"id\": 1}]}}"))
                .hasMessageContaining("is not an ontology term id");
    }
}
