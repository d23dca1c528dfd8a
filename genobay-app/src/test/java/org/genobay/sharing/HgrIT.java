package org.genobay.sharing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** HGR datasets abroad: filings, releases and grants to foreign researchers; and the access log of all of it. */
class HgrIT extends SharingFixture {

    private static final String ABROAD =
            "{\"recipient\": \"Broad Institute\", \"country\": \"US\", \"purpose\": \"joint GWAS meta-analysis\"}";

    @Test
    void an_hgr_dataset_leaves_the_country_only_under_a_filing_in_force() throws Exception {
        long dataset = dataset("CONTROLLED", true);
        call(ownerAdmin, post("/api/sharing/datasets/" + dataset + "/releases"), ABROAD)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:hgr-filing-required"));
        long foreignRequest = request(foreignResearcher, dataset, "\"EXPORT_ABROAD\"", 365);
        call(dac, post("/api/sharing/requests/" + foreignRequest + "/approval"), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:hgr-filing-required"));
        call(foreignResearcher, get("/api/sharing/requests/" + foreignRequest), null)
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.grantId").doesNotExist());
        call(ownerAdmin, get("/api/sharing/datasets/" + dataset + "/releases"), null)
                .andExpect(jsonPath("$.length()").value(0));
        // Within the country no filing is needed, and the release is recorded all the same.
        call(
                        ownerAdmin,
                        post("/api/sharing/datasets/" + dataset + "/releases"),
                        "{\"recipient\": \"Shanghai partner lab\", \"country\": \"CN\", \"purpose\": \"replication\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.abroad").value(false));

        LocalDate today = HgrRules.today(clock);
        String filing = read(
                call(
                                ownerAdmin,
                                post("/api/sharing/datasets/" + dataset + "/filings"),
                                """
                                {"number": "%s", "scope": "provision of genotype data abroad",
                                 "issuedOn": "%s", "expiresOn": "%s"}"""
                                        .formatted(unique("HGR-2025"), today.minusDays(1), today.plusDays(10)))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.inForce").value(true)),
                "$.id");
        call(ownerAdmin, post("/api/sharing/datasets/" + dataset + "/releases"), ABROAD)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.abroad").value(true))
                .andExpect(jsonPath("$.recipientCountry").value("US"))
                .andExpect(jsonPath("$.filingId").value(Long.parseLong(filing)));
        long grant = approve(foreignRequest);
        call(foreignResearcher, get("/api/sharing/datasets/" + dataset + "/participants"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0)); // nobody consented to export abroad
        call(ownerAdmin, get("/api/sharing/datasets/" + dataset + "/releases"), null)
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].grantId").value(grant))
                .andExpect(jsonPath("$[0].recipientCountry").value("DE"));

        clock.advance(Duration.ofDays(12));
        call(ownerAdmin, post("/api/sharing/datasets/" + dataset + "/releases"), ABROAD)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:hgr-filing-required"));
        call(foreignResearcher, get("/api/sharing/datasets/" + dataset), null)
                .andExpect(jsonPath("$.granularity").value("BOOLEAN"))
                .andExpect(jsonPath("$.dataset.filingInForce").value(false));
        call(foreignResearcher, get("/api/sharing/datasets/" + dataset + "/participants"), null)
                .andExpect(status().isNotFound());
        call(ownerAdmin, get("/api/sharing/filings"), null)
                .andExpect(jsonPath("$[0].inForce").value(false));
    }

    @Test
    void every_decision_and_use_is_in_the_access_log_and_the_chain_still_verifies() throws Exception {
        long dataset = dataset("CONTROLLED", false);
        String subject = "sharing-dataset:" + dataset;
        long approved = request(researcher, dataset, "\"GENETIC_ANALYSIS\"", 30);
        long grant = approve(approved);
        call(researcher, get("/api/sharing/datasets/" + dataset + "/participants?why=cohort selection"), null)
                .andExpect(status().isOk());
        call(dac, post("/api/sharing/grants/" + grant + "/revocation"), "{\"reason\": \"project ended\"}")
                .andExpect(status().isOk());
        long rejected = request(researcher, dataset, "", 30);
        call(dac, post("/api/sharing/requests/" + rejected + "/rejection"), "{\"reason\": \"duplicate study\"}")
                .andExpect(status().isOk());

        call(ownerAdmin, get("/api/audit/access?subject=" + subject), null)
                .andExpect(jsonPath("$[*].action", hasItems("APPROVE_ACCESS", "REVOKE_GRANT", "REJECT_ACCESS")))
                .andExpect(jsonPath("$[*].who", hasItem(dac.username())))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("grant " + grant + "; why: project ended"))))
                .andExpect(jsonPath("$[*].detail", hasItem(containsString("why: duplicate study"))))
                .andExpect(jsonPath(
                        "$[*].detail", hasItem(containsString("request " + approved + " grant " + grant + " to "))));
        call(researcherAdmin, get("/api/audit/access?subject=" + subject), null)
                .andExpect(jsonPath("$[*].action", hasItems("REQUEST_ACCESS", "USE_GRANT")))
                .andExpect(jsonPath("$[*].who", hasItem(researcher.username())))
                .andExpect(jsonPath(
                        "$[*].detail",
                        hasItem(containsString("grant " + grant + ", 2 participants; why:" + " cohort selection"))));
        call(ownerAdmin, get("/api/audit/verification"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }
}
