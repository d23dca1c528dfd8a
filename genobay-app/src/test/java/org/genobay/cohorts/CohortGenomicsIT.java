package org.genobay.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Genomic criteria against the carriers bcftools finds in the same file ({@code cohorts/make-expected.sh} wrote
 * {@code expected-carriers.tsv}): one participant per sample of GBR.txt, YRI.txt and CHB.txt, and the omics test
 * slice of chr22 as the institution's variant dataset.
 */
class CohortGenomicsIT extends CohortFixture {

    static final String SLICE = "omics/chr22-slice.bgzf.vcf.gz";

    /** Sample ID → study ID of the participant enrolled for it. */
    final Map<String, String> studyIds = new HashMap<>();

    long dataset;

    @BeforeEach
    void genotypedParticipants() throws Exception {
        for (String population : List.of("GBR", "YRI", "CHB")) {
            for (String sample : lines("omics/" + population + ".txt")) {
                studyIds.put(sample, participant(staff, "UNKNOWN", null, population, sample));
            }
        }
        dataset = readyDataset();
    }

    @Test
    void carrying_a_variant_counts_the_participants_whose_sample_bcftools_finds_carrying_it() throws Exception {
        List<String[]> expected = expected("variant");
        assertThat(expected).hasSize(3);
        for (String[] row : expected) {
            String criterion =
                    "{\"type\": \"variant\", \"dataset\": %d, \"variant\": \"%s\"}".formatted(dataset, row[1]);
            assertThat(own(researcher, criterion))
                    .as(row[1])
                    .isEqualTo(samples(row).size());
        }
    }

    @Test
    void carrying_a_rare_variant_of_a_region_counts_the_carriers_bcftools_finds() throws Exception {
        List<String[]> expected = expected("rare-variant");
        assertThat(expected).hasSize(2);
        for (String[] row : expected) {
            String[] regionAndBound = row[1].split(" ");
            String criterion = "{\"type\": \"rare-variant\", \"dataset\": %d, \"region\": \"%s\", \"maxAf\": %s}"
                    .formatted(dataset, regionAndBound[0], regionAndBound[1]);
            assertThat(own(researcher, criterion))
                    .as(row[1])
                    .isEqualTo(samples(row).size());
        }
    }

    @Test
    void a_genomic_criterion_combines_with_clinical_ones() throws Exception {
        String[] row = expected("variant").get(0);
        Set<String> gbrCarriers = new TreeSet<>(samples(row));
        gbrCarriers.retainAll(lines("omics/GBR.txt"));
        String criteria = "{\"type\": \"variant\", \"dataset\": %d, \"variant\": \"%s\"},".formatted(dataset, row[1])
                + "{\"type\": \"population\", \"code\": \"GBR\"}";
        assertThat(own(researcher, criteria)).isEqualTo(gbrCarriers.size()).isPositive();
    }

    @Test
    void an_unknown_variant_region_or_dataset_is_invalid_input_naming_the_criterion() throws Exception {
        count(researcher, "{\"type\": \"variant\", \"dataset\": %d, \"variant\": \"22-1-A-T\"}".formatted(dataset))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("all[0].variant"));
        count(
                        researcher,
                        "{\"type\": \"rare-variant\", \"dataset\": %d, \"region\": \"22:x-y\", \"maxAf\": 0.1}"
                                .formatted(dataset))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("all[0].region"));
        count(researcher, "{\"type\": \"variant\", \"dataset\": 987654321, \"variant\": \"22-16051249-T-C\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("all[0].dataset"));
    }

    @Test
    void a_saved_cohort_keeps_exactly_the_carriers_bcftools_finds_as_members() throws Exception {
        for (String[] row : expected("variant")) {
            String criteria =
                    "{\"type\": \"variant\", \"dataset\": %d, \"variant\": \"%s\"}".formatted(dataset, row[1]);
            String saved = save(unique("carriers"), criteria);
            Set<String> members = new TreeSet<>(JsonPath.<List<String>>read(saved, "$.members[*].genomeSampleId"));
            assertThat(members).as(row[1]).isEqualTo(samples(row));
            assertThat(JsonPath.<List<String>>read(saved, "$.members[*].studyId"))
                    .containsExactlyInAnyOrderElementsOf(
                            samples(row).stream().map(studyIds::get).toList());
        }
    }

    @Test
    void cohort_against_the_rest_frequencies_equal_bcftools_on_the_same_subsets() throws Exception {
        long cohort = id(save(unique("british"), "{\"type\": \"population\", \"code\": \"GBR\"}"));
        Map<String, String[]> expected = new HashMap<>();
        lines("cohorts/expected-cohort-vs-rest.tsv").stream()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .forEach(row -> expected.put(row[0], row));
        assertThat(expected).hasSize(9);

        // A region of one position also holds the copy-number variants spanning it; each variant is checked where seen.
        Set<String> compared = new TreeSet<>();
        for (String variant : Set.of("22-16050654-A-<CN3>", "22-16051249-T-C", "22-16051453-A-C", "22-16349650-G-T")) {
            String answer = body(call(
                    researcher,
                    get("/api/cohorts/" + cohort + "/frequencies")
                            .param("dataset", String.valueOf(dataset))
                            .param("region", variant.replaceAll("^(\\w+)-(\\d+)-.*", "$1:$2-$2")),
                    null));
            assertThat(JsonPath.<Integer>read(answer, "$.cohortSamples")).isEqualTo(10);
            List<Map<String, Object>> rows = JsonPath.read(answer, "$.variants");
            for (Map<String, Object> row : rows) {
                String key = JsonPath.read(row, "$.variant.key");
                String[] want = expected.get(key);
                assertThat(want).as(key).isNotNull();
                assertThat(List.of(
                                JsonPath.<Integer>read(row, "$.cohort.ac"),
                                JsonPath.<Integer>read(row, "$.cohort.an"),
                                JsonPath.<Integer>read(row, "$.rest.ac"),
                                JsonPath.<Integer>read(row, "$.rest.an")))
                        .as(key)
                        .containsExactly(
                                Integer.parseInt(want[1]),
                                Integer.parseInt(want[2]),
                                Integer.parseInt(want[3]),
                                Integer.parseInt(want[4]));
                assertThat(JsonPath.<Number>read(row, "$.fisherP").doubleValue())
                        .as(key)
                        .isCloseTo(Double.parseDouble(want[5]), org.assertj.core.data.Percentage.withPercentage(1e-6));
                compared.add(key);
            }
        }
        assertThat(compared).isEqualTo(expected.keySet());
    }

    @Test
    void a_member_who_withdraws_leaves_the_saved_cohort_and_its_frequencies_at_once() throws Exception {
        long cohort = id(save(unique("british"), "{\"type\": \"population\", \"code\": \"GBR\"}"));
        withdraw(staff, studyIds.get("HG00096"));

        String saved = body(call(researcher, get("/api/cohorts/" + cohort), null));
        assertThat(JsonPath.<Integer>read(saved, "$.snapshotSize")).isEqualTo(10);
        assertThat(JsonPath.<List<String>>read(saved, "$.members[*].genomeSampleId"))
                .hasSize(9)
                .doesNotContain("HG00096");
        String answer = body(call(
                researcher,
                get("/api/cohorts/" + cohort + "/frequencies")
                        .param("dataset", String.valueOf(dataset))
                        .param("variant", "22-16051249-T-C"),
                null));
        assertThat(JsonPath.<Integer>read(answer, "$.cohortSamples")).isEqualTo(9);
    }

    @Test
    void a_saved_cohort_is_its_creators_own() throws Exception {
        long cohort = id(save(unique("mine"), "{\"type\": \"population\", \"code\": \"YRI\"}"));
        call(user(home, org.genobay.accounts.Role.RESEARCHER), get("/api/cohorts/" + cohort), null)
                .andExpect(status().isNotFound());
        call(user(institution(), org.genobay.accounts.Role.RESEARCHER), get("/api/cohorts/" + cohort), null)
                .andExpect(status().isNotFound());
        call(researcher, get("/api/cohorts"), null)
                .andExpect(jsonPath("$[0].id").value(cohort));
    }

    String save(String name, String criteria) throws Exception {
        return body(call(
                        researcher,
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/cohorts"),
                        "{\"name\": \"%s\", \"criteria\": {\"all\": [%s]}}".formatted(name, criteria))
                .andExpect(status().isCreated()));
    }

    static long id(String json) {
        return JsonPath.<Number>read(json, "$.id").longValue();
    }

    static String body(ResultActions result) throws Exception {
        return result.andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Carriers in expected-carriers.tsv, by criterion. */
    static List<String[]> expected(String criterion) throws IOException {
        return lines("cohorts/expected-carriers.tsv").stream()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .filter(row -> row[0].equals(criterion))
                .toList();
    }

    static Set<String> samples(String[] row) {
        return row[2].isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(row[2].split(",")));
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }

    long readyDataset() throws Exception {
        return readyVariantDataset(researcher, SLICE);
    }
}
