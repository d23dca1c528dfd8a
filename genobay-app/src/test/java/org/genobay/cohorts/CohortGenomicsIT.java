package org.genobay.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import org.springframework.mock.web.MockMultipartFile;
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
        byte[] content;
        try (InputStream in = new ClassPathResource(SLICE).getInputStream()) {
            content = in.readAllBytes();
        }
        long id = JsonPath.<Number>read(
                        mvc.perform(multipart("/api/omics/datasets")
                                        .file(new MockMultipartFile(
                                                "files", "slice.vcf.gz", "application/octet-stream", content))
                                        .param("name", unique("slice"))
                                        .with(as(researcher)))
                                .andExpect(status().isAccepted())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.id")
                .longValue();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            ResultActions result = mvc.perform(get("/api/omics/datasets/" + id).with(as(researcher)));
            String state = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.status");
            if (state.equals("READY")) {
                return id;
            }
            assertThat(state).isNotEqualTo("FAILED");
            assertThat(System.nanoTime()).as("dataset %d still %s", id, state).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
