package org.genobay.biobank;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Biobank tests: each starts with a fresh institution and a staff member, and calls the API as that person. */
abstract class BiobankIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    Accounts.InstitutionView institution;
    CurrentUser staff;

    @BeforeEach
    void staffOfANewInstitution() {
        institution = institution();
        staff = user(institution, Role.BIOBANK_STAFF);
    }

    ResultActions call(CurrentUser user, String method, String path, String json) throws Exception {
        var request =
                switch (method) {
                    case "GET" -> get(path);
                    case "POST" -> post(path);
                    case "PUT" -> put(path);
                    default -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                            org.springframework.http.HttpMethod.valueOf(method), path);
                };
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(as(user)));
    }

    static String read(ResultActions result, String path) throws Exception {
        Object value = JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
        return String.valueOf(value);
    }

    /** Enrols a participant with all consent scopes; returns the study ID. */
    String enrol(String hospitalId) throws Exception {
        ResultActions result = call(
                        staff,
                        "POST",
                        "/api/participants",
                        """
                        {"hospitalId": "%s", "sex": "FEMALE", "birthYear": 1980, "population": "GBR",
                         "consents": ["RESEARCH_USE", "GENETIC_ANALYSIS", "DATA_SHARING"]}"""
                                .formatted(hospitalId))
                .andExpect(status().isCreated());
        return read(result, "$.studyId");
    }

    /** Records 10 mL of whole blood for the participant; returns the specimen code. */
    String blood(String studyId) throws Exception {
        ResultActions result = call(
                        staff,
                        "POST",
                        "/api/specimens",
                        """
                        {"participant": "%s", "type": "WHOLE_BLOOD", "quantity": 10, "unit": "ML",
                         "collectedAt": "2025-03-01T08:30:00Z", "collectionSite": "Ward 3"}"""
                                .formatted(studyId))
                .andExpect(status().isCreated());
        return read(result, "$.code");
    }

    ResultActions aliquot(String parent, String amount, String unit) throws Exception {
        return call(
                staff,
                "POST",
                "/api/specimens/" + parent + "/children",
                """
                {"quantity": %s, "unit": "%s"}""".formatted(amount, unit));
    }
}
