package org.genobay.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counts over another institution's shared datasets: only as sharing's DataAccess allows, always under the small-count
 * rule (threshold 5 by default), and never with one of that institution's study IDs in the answer.
 */
class CohortSharingIT extends CohortFixture {

    static final String CARDIOMYOPATHY = "{\"type\": \"diagnosis\", \"code\": \"I42\"}";
    static final String INFARCTION = "{\"type\": \"diagnosis\", \"code\": \"I21\"}";

    Accounts.InstitutionView partner;
    CurrentUser partnerAdmin;
    CurrentUser partnerStaff;
    CurrentUser partnerClinician;
    CurrentUser partnerDac;
    final List<String> partnerIds = new ArrayList<>();
    final List<String> infarctions = new ArrayList<>();

    @BeforeEach
    void partnerWithThreeCardiomyopathiesAndSixInfarctions() throws Exception {
        partner = institution();
        partnerAdmin = user(partner, Role.ADMINISTRATOR);
        partnerStaff = user(partner, Role.BIOBANK_STAFF);
        partnerClinician = user(partner, Role.CLINICIAN);
        partnerDac = user(partner, Role.DAC_MEMBER);
        for (int i = 0; i < 9; i++) {
            String id = participant(partnerStaff, "FEMALE", 1970 + i, "CHB", null);
            diagnosis(partnerClinician, id, i < 3 ? "I42.0" : "I21.0");
            partnerIds.add(id);
            if (i >= 3) {
                infarctions.add(id);
            }
        }
    }

    @Test
    void a_small_count_of_a_public_dataset_is_told_as_a_range_and_a_large_one_exactly() throws Exception {
        long dataset = dataset("PUBLIC");

        String small = body(count(researcher, CARDIOMYOPATHY).andExpect(status().isOk()));
        Map<String, Object> entry = shared(small, dataset);
        assertThat(entry).containsEntry("granularity", "COUNT").containsEntry("applicable", true);
        assertThat(entry.get("count").toString()).contains("low=1", "high=4", "exact=false");
        String large = body(count(researcher, INFARCTION));
        assertThat(JsonPath.<List<Object>>read(large, "$.shared[?(@.datasetId == " + dataset + ")].count.low"))
                .containsExactly(6);
        assertThat(JsonPath.<List<Object>>read(large, "$.shared[?(@.datasetId == " + dataset + ")].count.exact"))
                .containsExactly(true);
        assertThat(small + large).doesNotContain(partnerIds);
    }

    @Test
    void a_controlled_dataset_without_a_grant_only_says_whether_it_has_members() throws Exception {
        long dataset = dataset("CONTROLLED");

        String answer = body(count(researcher, CARDIOMYOPATHY));
        assertThat(shared(answer, dataset))
                .containsEntry("granularity", "BOOLEAN")
                .containsEntry("exists", true)
                .containsEntry("count", null);
        assertThat(answer).doesNotContain(partnerIds);
    }

    @Test
    void a_grant_reaches_records_but_the_count_stays_under_the_small_count_rule_and_without_ids() throws Exception {
        long dataset = dataset("CONTROLLED");
        grant(dataset);

        String answer = body(count(researcher, INFARCTION));
        assertThat(shared(answer, dataset)).containsEntry("granularity", "RECORD");
        assertThat(JsonPath.<List<Object>>read(answer, "$.shared[?(@.datasetId == " + dataset + ")].count.low"))
                .containsExactly(6);
        assertThat(answer).doesNotContain(partnerIds);
    }

    @Test
    void a_withdrawal_at_the_owner_drops_the_participant_from_the_next_shared_count() throws Exception {
        long dataset = dataset("REGISTERED");
        assertThat(JsonPath.<List<Object>>read(
                        body(count(researcher, INFARCTION)), "$.shared[?(@.datasetId == " + dataset + ")].count.low"))
                .containsExactly(6);

        withdraw(partnerStaff, infarctions.get(0));

        assertThat(JsonPath.<List<Object>>read(
                        body(count(researcher, INFARCTION)), "$.shared[?(@.datasetId == " + dataset + ")].count.low"))
                .containsExactly(5);
        withdraw(partnerStaff, infarctions.get(1));
        assertThat(JsonPath.<List<Object>>read(
                        body(count(researcher, INFARCTION)), "$.shared[?(@.datasetId == " + dataset + ")].count.exact"))
                .containsExactly(false);
    }

    @Test
    void a_dataset_that_cannot_answer_a_criterion_says_so_and_counts_nothing() throws Exception {
        long dataset = dataset("PUBLIC");

        String answer = body(count(researcher, "{\"type\": \"specimen\", \"specimenType\": \"DNA\"}"));
        assertThat(shared(answer, dataset))
                .containsEntry("applicable", false)
                .containsEntry("note", "a CLINICAL dataset has no specimens")
                .containsEntry("count", null);
    }

    @Test
    void the_owner_counts_its_own_participants_exactly_and_not_again_through_its_dataset() throws Exception {
        long dataset = dataset("PUBLIC");
        CurrentUser partnerResearcher = user(partner, Role.RESEARCHER);

        String answer = body(count(partnerResearcher, CARDIOMYOPATHY)
                .andExpect(jsonPath("$.own").value(3)));
        assertThat(JsonPath.<List<Object>>read(answer, "$.shared[?(@.datasetId == " + dataset + ")]"))
                .isEmpty();
    }

    long dataset(String level) throws Exception {
        return Long.parseLong(read(
                call(
                                partnerAdmin,
                                post("/api/sharing/datasets"),
                                """
                                {"name": "%s", "description": "Cardiology records", "kind": "CLINICAL",
                                 "securityLevel": "%s", "hgr": false}"""
                                        .formatted(unique("cardio"), level))
                        .andExpect(status().isCreated()),
                "$.id"));
    }

    void grant(long dataset) throws Exception {
        String request = read(
                call(
                                researcher,
                                post("/api/sharing/datasets/" + dataset + "/requests"),
                                """
                                {"purpose": "Genotype-phenotype study of hereditary cardiomyopathy",
                                 "scopes": ["DATA_SHARING"], "durationDays": 30}""")
                        .andExpect(status().isCreated()),
                "$.id");
        call(partnerDac, post("/api/sharing/requests/" + request + "/approval"), "{\"reason\": \"sound protocol\"}")
                .andExpect(status().isOk());
    }

    static Map<String, Object> shared(String answer, long dataset) {
        List<Map<String, Object>> found = JsonPath.read(answer, "$.shared[?(@.datasetId == " + dataset + ")]");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
