package org.genobay.clinical;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Clinical tests: a fresh institution with a biobank technician, who enrols, and a clinician, who records. */
abstract class ClinicalIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    Accounts.InstitutionView institution;
    CurrentUser staff;
    CurrentUser clinician;

    @BeforeEach
    void staffAndClinicianOfANewInstitution() {
        institution = institution();
        staff = user(institution, Role.BIOBANK_STAFF);
        clinician = user(institution, Role.CLINICIAN);
    }

    ResultActions call(CurrentUser user, String method, String path, String json) throws Exception {
        return call(user, method, path, json, null);
    }

    /** A call that sends {@code ifMatch} (when not null) as the If-Match header: the version the caller last read. */
    ResultActions call(CurrentUser user, String method, String path, String json, String ifMatch) throws Exception {
        var call = request(HttpMethod.valueOf(method), path);
        if (ifMatch != null) {
            call.header("If-Match", ifMatch);
        }
        if (json != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(call.with(as(user)));
    }

    static String read(ResultActions result, String path) throws Exception {
        return String.valueOf(JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)
                .toString());
    }

    /** Enrols a participant born in 1970 as the technician; returns the study ID. */
    String enrol() throws Exception {
        return enrol(staff);
    }

    String enrol(CurrentUser who) throws Exception {
        ResultActions result = call(
                        who,
                        "POST",
                        "/api/participants",
                        """
                        {"hospitalId": "%s", "sex": "FEMALE", "birthYear": 1970, "population": "GBR",
                         "genomeSampleId": "HG00096", "consents": ["RESEARCH_USE"]}"""
                                .formatted(unique("MRN")))
                .andExpect(status().isCreated());
        return read(result, "$.studyId");
    }

    ResultActions diagnose(String studyId, String code, String date) throws Exception {
        return call(
                clinician,
                "POST",
                "/api/clinical/participants/" + studyId + "/diagnoses",
                "{\"code\": \"%s\", \"diagnosedOn\": \"%s\"}".formatted(code, date));
    }

    ResultActions phenotype(String studyId, String term, boolean excluded) throws Exception {
        return call(
                clinician,
                "POST",
                "/api/clinical/participants/" + studyId + "/phenotypes",
                "{\"termId\": \"%s\", \"excluded\": %s, \"onset\": \"2015-06-01\"}".formatted(term, excluded));
    }
}
