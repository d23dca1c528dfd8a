package org.genobay.sharing;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Request, decision, grant, expiry, revocation and consent, through the API. */
class AccessGrantsIT extends SharingFixture {

    @Autowired
    DataAccess dataAccess;

    @Test
    void an_approved_request_gives_records_until_the_grant_expires() throws Exception {
        long dataset = dataset("CONTROLLED", false);
        call(researcher, get("/api/sharing/datasets/" + dataset), null)
                .andExpect(jsonPath("$.granularity").value("BOOLEAN"))
                .andExpect(jsonPath("$.basis").value("SECURITY_LEVEL"));
        long request = request(researcher, dataset, "\"GENETIC_ANALYSIS\"", 30);
        call(dac, get("/api/sharing/requests/queue"), null).andExpect(jsonPath("$[*].id", hasItem((int) request)));

        long grant = approve(request);
        call(researcher, get("/api/sharing/requests/" + request), null)
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value(dac.username()))
                .andExpect(jsonPath("$.scopes", containsInAnyOrder("RESEARCH_USE", "GENETIC_ANALYSIS")));
        call(researcher, get("/api/sharing/datasets/" + dataset), null)
                .andExpect(jsonPath("$.granularity").value("RECORD"))
                .andExpect(jsonPath("$.basis").value("GRANT"))
                .andExpect(jsonPath("$.grantId").value(grant));
        // P3 gave no consent to genetic analysis: the grant never reaches them.
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].studyId", containsInAnyOrder(p1, p2)));

        clock.advance(Duration.ofDays(31));
        call(researcher, get("/api/sharing/datasets/" + dataset), null)
                .andExpect(jsonPath("$.granularity").value("BOOLEAN"));
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants"), null)
                .andExpect(status().isNotFound());
        call(researcher, get("/api/sharing/grants"), null)
                .andExpect(jsonPath("$[0].id").value(grant))
                .andExpect(jsonPath("$[0].state").value("EXPIRED"));
    }

    @Test
    void a_revoked_grant_stops_at_once() throws Exception {
        long dataset = dataset("CONTROLLED", false);
        long grant = approve(request(researcher, dataset, "", 365));
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants"), null)
                .andExpect(jsonPath("$[*].studyId", containsInAnyOrder(p1, p2, p3)));

        call(researcher, post("/api/sharing/grants/" + grant + "/revocation"), "{\"reason\": \"breach of terms\"}")
                .andExpect(status().isForbidden());
        call(otherDac, post("/api/sharing/grants/" + grant + "/revocation"), "{\"reason\": \"breach of terms\"}")
                .andExpect(status().isNotFound());
        call(dac, post("/api/sharing/grants/" + grant + "/revocation"), "{\"reason\": \"breach of terms\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REVOKED"))
                .andExpect(jsonPath("$.revokeReason").value("breach of terms"));
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants"), null)
                .andExpect(status().isNotFound());
        call(researcher, get("/api/sharing/datasets/" + dataset), null)
                .andExpect(jsonPath("$.granularity").value("BOOLEAN"));
        call(dac, post("/api/sharing/grants/" + grant + "/revocation"), "{\"reason\": \"again, twice\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void a_rejection_needs_a_reason_and_gives_no_grant() throws Exception {
        long dataset = dataset("CONTROLLED", false);
        long request = request(researcher, dataset, "\"DATA_SHARING\"", 90);
        call(dac, post("/api/sharing/requests/" + request + "/rejection"), "{\"reason\": \"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(researcher, get("/api/sharing/requests/" + request), null)
                .andExpect(jsonPath("$.status").value("PENDING"));

        call(dac, post("/api/sharing/requests/" + request + "/rejection"), "{\"reason\": \"no ethics approval\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decisionReason").value("no ethics approval"))
                .andExpect(jsonPath("$.grantId").doesNotExist());
        call(dac, post("/api/sharing/requests/" + request + "/approval"), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:already-decided"));
        call(researcher, get("/api/sharing/grants"), null)
                .andExpect(jsonPath("$.length()").value(0));
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants"), null)
                .andExpect(status().isNotFound());
    }

    @Test
    void only_the_owners_committee_decides() throws Exception {
        long dataset = dataset("CONTROLLED", false);
        long request = request(researcher, dataset, "", 30);
        call(otherDac, post("/api/sharing/requests/" + request + "/approval"), null)
                .andExpect(status().isNotFound());
        call(otherDac, get("/api/sharing/requests/" + request), null).andExpect(status().isNotFound());
        call(otherDac, get("/api/sharing/requests/queue"), null)
                .andExpect(jsonPath("$[*].id", not(hasItem((int) request))));
        call(ownerAdmin, post("/api/sharing/requests/" + request + "/approval"), null)
                .andExpect(status().isForbidden());
        call(researcher, post("/api/sharing/requests/" + request + "/approval"), null)
                .andExpect(status().isForbidden());
        call(researcher, get("/api/sharing/requests/" + request), null)
                .andExpect(jsonPath("$.status").value("PENDING"));
        // Nor can a researcher ask for their own institution's data, which they see anyway.
        call(
                        user(ownerInstitution, org.genobay.accounts.Role.RESEARCHER),
                        post("/api/sharing/datasets/" + dataset + "/requests"),
                        "{\"purpose\": \"A long enough purpose for the study\", \"durationDays\": 5}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:own-dataset"));
    }

    @Test
    void a_consent_withdrawal_removes_the_participant_from_record_access_at_once() throws Exception {
        long dataset = dataset("CONTROLLED", false);
        approve(request(researcher, dataset, "\"DATA_SHARING\"", 30));
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants/" + p1), null)
                .andExpect(status().isOk());
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants/" + p2), null)
                .andExpect(status().isNotFound());

        call(staff, post("/api/participants/" + p1 + "/consents/withdrawal"), "{\"scopes\": [\"DATA_SHARING\"]}")
                .andExpect(status().isOk());
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants/" + p1), null)
                .andExpect(status().isNotFound());
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants"), null)
                .andExpect(jsonPath("$.length()").value(0));

        // The owner's own reach drops whoever withdrew from research use altogether.
        call(staff, post("/api/participants/" + p2 + "/consents/withdrawal"), "{\"scopes\": []}")
                .andExpect(status().isOk());
        call(staff, get("/api/sharing/datasets/" + dataset + "/participants"), null)
                .andExpect(jsonPath("$[*].studyId", containsInAnyOrder(p1, p3)));
    }

    @Test
    void records_of_a_controlled_dataset_cannot_be_reached_by_guessing_ids() throws Exception {
        long dataset = dataset("CONTROLLED", false);
        String unknown = read(
                call(researcher, get("/api/sharing/datasets/999999999/participants"), null)
                        .andExpect(status().isNotFound()),
                "$.detail");
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants"), null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(unknown.replace("999999999", String.valueOf(dataset))));
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants/" + p1), null)
                .andExpect(status().isNotFound());
        call(researcher, get("/api/participants/" + p1), null).andExpect(status().isForbidden());
        // Another researcher's grant opens nothing for this one, and their request is not visible.
        long request = request(foreignResearcher, dataset, "", 30);
        approve(request);
        call(researcher, get("/api/sharing/requests/" + request), null).andExpect(status().isNotFound());
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants/" + p1), null)
                .andExpect(status().isNotFound());
    }

    @Test
    void the_security_level_decides_without_a_grant() throws Exception {
        long open = dataset("PUBLIC", false);
        long registered = dataset("REGISTERED", false);
        long controlled = dataset("CONTROLLED", false);
        assertGranularity(Optional.empty(), open, Granularity.COUNT);
        assertGranularity(Optional.empty(), registered, Granularity.NONE);
        assertGranularity(Optional.empty(), controlled, Granularity.NONE);
        assertGranularity(Optional.of(researcher), registered, Granularity.COUNT);
        assertGranularity(Optional.of(researcher), controlled, Granularity.BOOLEAN);
        assertGranularity(Optional.of(staff), controlled, Granularity.RECORD);
        call(researcher, get("/api/sharing/datasets/" + registered + "/participants"), null)
                .andExpect(status().isNotFound());
    }

    @Test
    void bad_input_is_refused_by_field_and_nothing_is_saved() throws Exception {
        long dataset = dataset("CONTROLLED", false);
        call(
                        researcher,
                        post("/api/sharing/datasets/" + dataset + "/requests"),
                        "{\"purpose\": \"too short\", \"durationDays\": 30}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        call(
                        researcher,
                        post("/api/sharing/datasets/" + dataset + "/requests"),
                        "{\"purpose\": \"A long enough purpose for the study\", \"durationDays\": 5000}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("durationDays"));
        call(
                        researcher,
                        post("/api/sharing/datasets/" + dataset + "/requests"),
                        "{\"purpose\": \"A long enough purpose for the study\", \"scopes\": [\"EVERYTHING\"],"
                                + " \"durationDays\": 5}")
                .andExpect(status().isBadRequest());
        call(researcher, get("/api/sharing/requests"), null)
                .andExpect(jsonPath("$.length()").value(0));
        call(
                        ownerAdmin,
                        post("/api/sharing/datasets"),
                        "{\"name\": \"variants\", \"kind\": \"VARIANT\", \"securityLevel\": \"PUBLIC\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("omicsDatasetId"));
        call(
                        ownerAdmin,
                        post("/api/sharing/datasets"),
                        "{\"name\": \"variants\", \"kind\": \"VARIANT\", \"omicsDatasetId\": 999999999,"
                                + " \"securityLevel\": \"PUBLIC\"}")
                .andExpect(status().isNotFound());
        call(
                        researcher,
                        post("/api/sharing/datasets"),
                        "{\"name\": \"mine\", \"kind\": \"CLINICAL\", \"securityLevel\": \"PUBLIC\"}")
                .andExpect(status().isForbidden());
    }

    private void assertGranularity(
            Optional<org.genobay.accounts.CurrentUser> user, long dataset, Granularity expected) {
        org.assertj.core.api.Assertions.assertThat(
                        dataAccess.access(user, dataset).granularity())
                .as(
                        "granularity of dataset %d for %s",
                        dataset, user.map(u -> u.username()).orElse("anonymous"))
                .isEqualTo(expected);
    }
}
