package org.genobay.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An institution with biobank staff, a clinician and a researcher; helpers that make its records through the API. */
abstract class CohortFixture extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    Accounts.InstitutionView home;
    CurrentUser staff;
    CurrentUser clinician;
    CurrentUser researcher;
    CurrentUser admin;

    @BeforeEach
    void homeInstitution() {
        home = institution();
        staff = user(home, Role.BIOBANK_STAFF);
        clinician = user(home, Role.CLINICIAN);
        researcher = user(home, Role.RESEARCHER);
        admin = user(home, Role.ADMINISTRATOR);
    }

    /** A participant enrolled by the staff user given, consenting to research use, genetic analysis, data sharing. */
    String participant(CurrentUser by, String sex, Integer birthYear, String population, String sample)
            throws Exception {
        String json =
                """
                {"hospitalId": "%s", "sex": "%s", "birthYear": %s, "population": %s, "genomeSampleId": %s,
                 "consents": ["RESEARCH_USE", "GENETIC_ANALYSIS", "DATA_SHARING"]}"""
                        .formatted(
                                unique("MRN"),
                                sex,
                                birthYear,
                                population == null ? "null" : "\"" + population + "\"",
                                sample == null ? "null" : "\"" + sample + "\"");
        return read(call(by, post("/api/participants"), json).andExpect(status().isCreated()), "$.studyId");
    }

    void diagnosis(CurrentUser by, String studyId, String code) throws Exception {
        call(by, post("/api/clinical/participants/" + studyId + "/diagnoses"), "{\"code\": \"" + code + "\"}")
                .andExpect(status().isCreated());
    }

    void phenotype(CurrentUser by, String studyId, String term, boolean excluded) throws Exception {
        call(
                        by,
                        post("/api/clinical/participants/" + studyId + "/phenotypes"),
                        "{\"termId\": \"%s\", \"excluded\": %s}".formatted(term, excluded))
                .andExpect(status().isCreated());
    }

    void specimen(CurrentUser by, String studyId, String type) throws Exception {
        call(
                        by,
                        post("/api/specimens"),
                        """
                        {"participant": "%s", "type": "%s", "quantity": 10, "unit": "ML",
                         "collectedAt": "2025-03-01T08:30:00Z", "collectionSite": "Ward 3"}"""
                                .formatted(studyId, type))
                .andExpect(status().isCreated());
    }

    void withdraw(CurrentUser by, String studyId) throws Exception {
        call(by, post("/api/participants/" + studyId + "/consents/withdrawal"), "{\"scopes\": []}")
                .andExpect(status().isOk());
    }

    /** A variant dataset of the user's institution made from a test VCF, once its ingest has finished. */
    long readyVariantDataset(CurrentUser by, String vcfResource) throws Exception {
        byte[] content;
        try (InputStream in = new ClassPathResource(vcfResource).getInputStream()) {
            content = in.readAllBytes();
        }
        long id = JsonPath.<Number>read(
                        mvc.perform(multipart("/api/omics/datasets")
                                        .file(new MockMultipartFile(
                                                "files", "slice.vcf.gz", "application/octet-stream", content))
                                        .param("name", unique("slice"))
                                        .with(as(by)))
                                .andExpect(status().isAccepted())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.id")
                .longValue();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            ResultActions result = mvc.perform(get("/api/omics/datasets/" + id).with(as(by)));
            String state = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.status");
            if (state.equals("READY")) {
                return id;
            }
            assertThat(state).isNotEqualTo("FAILED");
            assertThat(System.nanoTime()).as("dataset %d still %s", id, state).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    ResultActions count(CurrentUser user, String criteria) throws Exception {
        return call(user, post("/api/cohorts/count"), "{\"all\": [" + criteria + "]}");
    }

    long own(CurrentUser user, String criteria) throws Exception {
        return Long.parseLong(read(count(user, criteria).andExpect(status().isOk()), "$.own"));
    }

    ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(as(user)));
    }

    static String read(ResultActions result, String path) throws Exception {
        return String.valueOf(
                (Object) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path));
    }
}
