package org.genobay.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Genomic criteria over another institution's shared VARIANT dataset: the partner enrols one participant per sample of
 * GBR.txt and CHB.txt and shares the chr22 test slice; the carriers among them, and the rare variants by the allele
 * frequency over their samples alone, are what bcftools finds ({@code cohorts/make-expected.sh} wrote
 * {@code expected-shared-carriers.tsv}). Every number passes the small-count rule (threshold 5), and no study or sample
 * ID of the partner is in an answer the user has no grant for.
 */
class CohortSharedGenomicsIT extends CohortFixture {

    static final String CARRIED = "22-16051249-T-C";

    Accounts.InstitutionView partner;
    CurrentUser partnerStaff;
    CurrentUser partnerAdmin;
    CurrentUser partnerDac;

    /** The partner's sample ID → study ID of its participant. */
    final Map<String, String> partnerStudyIds = new HashMap<>();

    /** The user's own variant dataset, which genomic criteria name (it holds the same file). */
    long ownVariants;

    long partnerVariants;

    @BeforeEach
    void partnerWithGenotypedParticipants() throws Exception {
        partner = institution();
        partnerStaff = user(partner, Role.BIOBANK_STAFF);
        partnerAdmin = user(partner, Role.ADMINISTRATOR);
        partnerDac = user(partner, Role.DAC_MEMBER);
        for (String population : List.of("GBR", "CHB")) {
            for (String sample : CohortGenomicsIT.lines("omics/" + population + ".txt")) {
                partnerStudyIds.put(sample, participant(partnerStaff, "UNKNOWN", null, population, sample));
            }
        }
        partnerVariants = readyVariantDataset(user(partner, Role.RESEARCHER), CohortGenomicsIT.SLICE);
        ownVariants = readyVariantDataset(researcher, CohortGenomicsIT.SLICE);
    }

    @Test
    void a_public_variant_dataset_counts_the_carriers_bcftools_finds_among_the_owners_participants() throws Exception {
        long dataset = share("VARIANT", "PUBLIC");
        List<String[]> expected = expected();
        assertThat(expected).hasSize(5);

        for (String[] row : expected) {
            String answer = body(count(researcher, criterion(row)));
            int carriers = CohortGenomicsIT.samples(row).size();
            Map<String, Object> entry = CohortSharingIT.shared(answer, dataset);
            assertThat(entry).as(row[1]).containsEntry("granularity", "COUNT").containsEntry("applicable", true);
            assertThat(disclosed(answer, dataset)).as(row[1]).isEqualTo(disclose(carriers));
            assertThat(JsonPath.<Integer>read(answer, "$.own")).isZero();
            assertNoPartnerIds(answer);
        }
    }

    @Test
    void a_rare_variant_is_rare_among_the_samples_considered_not_in_the_whole_file() throws Exception {
        long dataset = share("VARIANT", "PUBLIC");
        String[] rare = expected().stream()
                .filter(r -> r[1].endsWith(" 0.05"))
                .findFirst()
                .orElseThrow();
        Set<String> rareInFile = CohortGenomicsIT.samples(CohortGenomicsIT.expected("rare-variant").stream()
                .filter(r -> r[1].endsWith(" 0.05"))
                .findFirst()
                .orElseThrow());
        rareInFile.retainAll(partnerStudyIds.keySet());
        assertThat(CohortGenomicsIT.samples(rare)).isNotEqualTo(rareInFile);

        String answer = body(count(researcher, criterion(rare)));
        assertThat(disclosed(answer, dataset))
                .isEqualTo(disclose(CohortGenomicsIT.samples(rare).size()));
    }

    @Test
    void a_small_count_of_carriers_is_told_as_a_range() throws Exception {
        long dataset = share("VARIANT", "REGISTERED");
        long chbCarriers =
                carriersOf(CARRIED).stream().filter(s -> s.startsWith("NA")).count();
        assertThat(chbCarriers).isBetween(1L, 4L);

        String answer = body(count(researcher, variant(CARRIED) + ", {\"type\": \"population\", \"code\": \"CHB\"}"));
        assertThat(disclosed(answer, dataset)).isEqualTo(List.of(1, 4, false));
        assertThat(CohortSharingIT.shared(answer, dataset)).containsEntry("exists", true);
        assertNoPartnerIds(answer);
    }

    @Test
    void a_withdrawn_carrier_drops_out_of_the_next_count_at_once() throws Exception {
        long dataset = share("VARIANT", "PUBLIC");
        List<String> carriers = new ArrayList<>(carriersOf(CARRIED));
        assertThat(carriers).hasSize(6);
        assertThat(disclosed(body(count(researcher, variant(CARRIED))), dataset))
                .isEqualTo(disclose(6));

        withdraw(partnerStaff, partnerStudyIds.get(carriers.get(0)));
        assertThat(disclosed(body(count(researcher, variant(CARRIED))), dataset))
                .isEqualTo(disclose(5));

        withdraw(partnerStaff, partnerStudyIds.get(carriers.get(1)));
        assertThat(disclosed(body(count(researcher, variant(CARRIED))), dataset))
                .isEqualTo(List.of(1, 4, false));
    }

    @Test
    void a_carrier_who_withdrew_consent_to_genetic_analysis_only_is_no_longer_counted() throws Exception {
        long dataset = share("VARIANT", "PUBLIC");
        List<String> carriers = new ArrayList<>(carriersOf(CARRIED));
        assertThat(disclosed(body(count(researcher, variant(CARRIED))), dataset))
                .isEqualTo(disclose(6));

        call(
                        partnerStaff,
                        post("/api/participants/" + partnerStudyIds.get(carriers.get(0)) + "/consents/withdrawal"),
                        "{\"scopes\": [\"GENETIC_ANALYSIS\"]}")
                .andExpect(status().isOk());

        assertThat(disclosed(body(count(researcher, variant(CARRIED))), dataset))
                .isEqualTo(disclose(5));
    }

    @Test
    void a_controlled_dataset_without_a_grant_only_says_whether_someone_carries_it() throws Exception {
        long dataset = share("VARIANT", "CONTROLLED");
        String none = expected().stream()
                .filter(r -> r[0].equals("variant") && r[2].isEmpty())
                .findFirst()
                .orElseThrow()[1];

        String carried = body(count(researcher, variant(CARRIED)));
        assertThat(CohortSharingIT.shared(carried, dataset))
                .containsEntry("granularity", "BOOLEAN")
                .containsEntry("exists", true)
                .containsEntry("count", null);
        String notCarried = body(count(researcher, variant(none)));
        assertThat(CohortSharingIT.shared(notCarried, dataset)).containsEntry("exists", false);
        assertNoPartnerIds(carried + notCarried);
        call(
                        researcher,
                        post("/api/cohorts"),
                        "{\"name\": \"%s\", \"criteria\": {\"all\": [%s]}}"
                                .formatted(unique("carriers"), variant(CARRIED)))
                .andExpect(status().isCreated())
                .andExpect(result -> assertNoPartnerIds(result.getResponse().getContentAsString()));
    }

    @Test
    void a_grant_counts_and_saves_the_carriers_whose_consent_covers_it_and_the_use_is_logged() throws Exception {
        long dataset = share("VARIANT", "CONTROLLED");
        grant(dataset);
        List<String> carriers = new ArrayList<>(carriersOf(CARRIED));
        String optedOut = carriers.remove(0);
        call(
                        partnerStaff,
                        post("/api/participants/" + partnerStudyIds.get(optedOut) + "/consents/withdrawal"),
                        "{\"scopes\": [\"GENETIC_ANALYSIS\"]}")
                .andExpect(status().isOk());

        String answer = body(count(researcher, variant(CARRIED)));
        assertThat(CohortSharingIT.shared(answer, dataset)).containsEntry("granularity", "RECORD");
        assertThat(disclosed(answer, dataset)).isEqualTo(disclose(carriers.size()));
        assertNoPartnerIds(answer);

        String saved = body(call(
                researcher,
                post("/api/cohorts"),
                "{\"name\": \"%s\", \"criteria\": {\"all\": [%s]}}".formatted(unique("granted"), variant(CARRIED))));
        assertThat(JsonPath.<List<String>>read(saved, "$.members[?(@.sharedDatasetId == " + dataset + ")].studyId"))
                .containsExactlyInAnyOrderElementsOf(
                        carriers.stream().map(partnerStudyIds::get).toList());
        String log = body(call(admin, get("/api/audit/access?subject=sharing-dataset:" + dataset), null));
        assertThat(JsonPath.<List<String>>read(log, "$[?(@.action == 'USE_GRANT')].detail"))
                .anyMatch(d -> d.endsWith("why: cohort count"))
                .anyMatch(d -> d.endsWith("why: saving a cohort"));
    }

    @Test
    void genomic_criteria_are_answered_only_by_a_variant_dataset_and_not_with_clinical_ones() throws Exception {
        long variants = share("VARIANT", "PUBLIC");
        long clinical = share("CLINICAL", "PUBLIC");

        String genomic = body(count(researcher, variant(CARRIED)));
        assertThat(CohortSharingIT.shared(genomic, clinical))
                .containsEntry("applicable", false)
                .containsEntry("note", "a CLINICAL dataset has no genotypes");
        String both = body(count(researcher, variant(CARRIED) + ", {\"type\": \"diagnosis\", \"code\": \"I42\"}"));
        assertThat(CohortSharingIT.shared(both, variants))
                .containsEntry("applicable", false)
                .containsEntry("note", "a VARIANT dataset has no diagnoses or phenotypes")
                .containsEntry("count", null);
        assertNoPartnerIds(genomic + both);
    }

    static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return CohortGenomicsIT.body(result);
    }

    long share(String kind, String level) throws Exception {
        return Long.parseLong(read(
                call(
                                partnerAdmin,
                                post("/api/sharing/datasets"),
                                """
                                {"name": "%s", "description": "Genotypes of the partner's biobank", "kind": "%s",
                                 "omicsDatasetId": %s, "securityLevel": "%s", "hgr": false}"""
                                        .formatted(
                                                unique(kind.toLowerCase()),
                                                kind,
                                                kind.equals("VARIANT") ? partnerVariants : null,
                                                level))
                        .andExpect(status().isCreated()),
                "$.id"));
    }

    void grant(long dataset) throws Exception {
        String request = read(
                call(
                                researcher,
                                post("/api/sharing/datasets/" + dataset + "/requests"),
                                """
                                {"purpose": "Carriers of chromosome 22 variants across partner biobanks",
                                 "scopes": ["GENETIC_ANALYSIS", "DATA_SHARING"], "durationDays": 30}""")
                        .andExpect(status().isCreated()),
                "$.id");
        call(partnerDac, post("/api/sharing/requests/" + request + "/approval"), "{\"reason\": \"sound protocol\"}")
                .andExpect(status().isOk());
    }

    String variant(String key) {
        return "{\"type\": \"variant\", \"dataset\": %d, \"variant\": \"%s\"}".formatted(ownVariants, key);
    }

    String criterion(String[] row) {
        if (row[0].equals("variant")) {
            return variant(row[1]);
        }
        String[] regionAndBound = row[1].split(" ");
        return "{\"type\": \"rare-variant\", \"dataset\": %d, \"region\": \"%s\", \"maxAf\": %s}"
                .formatted(ownVariants, regionAndBound[0], regionAndBound[1]);
    }

    void assertNoPartnerIds(String answer) {
        assertThat(answer).doesNotContain(partnerStudyIds.values()).doesNotContain(partnerStudyIds.keySet());
    }

    static Set<String> carriersOf(String variant) throws Exception {
        return CohortGenomicsIT.samples(expected().stream()
                .filter(r -> r[0].equals("variant") && r[1].equals(variant))
                .findFirst()
                .orElseThrow());
    }

    static List<String[]> expected() throws Exception {
        return CohortGenomicsIT.lines("cohorts/expected-shared-carriers.tsv").stream()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .toList();
    }

    /** low, high and exact of the dataset's count in an answer. */
    static List<Object> disclosed(String answer, long dataset) {
        String at = "$.shared[?(@.datasetId == " + dataset + ")].count.";
        return List.of(
                JsonPath.<List<Object>>read(answer, at + "low").get(0),
                JsonPath.<List<Object>>read(answer, at + "high").get(0),
                JsonPath.<List<Object>>read(answer, at + "exact").get(0));
    }

    /** A count as the small-count rule with threshold 5 tells it. */
    static List<Object> disclose(int count) {
        return count == 0 || count >= 5 ? List.of(count, count, true) : List.of(1, 4, false);
    }
}
