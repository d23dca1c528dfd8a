package org.genobay.sharing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An owning institution (China) with an administrator, two committee members and biobank staff; a requesting
 * institution in China and one in Germany, each with a researcher and an administrator; and a third institution with a
 * committee member of its own. The owner has three participants: P1 consented to research use, genetic analysis and
 * data sharing, P2 to research use and genetic analysis, P3 to research use only.
 */
@Import(MovableClock.Configuration.class)
abstract class SharingFixture extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    Accounts.InstitutionView ownerInstitution;
    CurrentUser ownerAdmin;
    CurrentUser dac;
    CurrentUser otherDac;
    CurrentUser staff;
    CurrentUser researcher;
    CurrentUser researcherAdmin;
    CurrentUser foreignResearcher;
    CurrentUser foreignDac;
    String p1;
    String p2;
    String p3;

    @BeforeEach
    void institutionsAndParticipants() throws Exception {
        ownerInstitution = institution();
        ownerAdmin = user(ownerInstitution, Role.ADMINISTRATOR);
        dac = user(ownerInstitution, Role.DAC_MEMBER);
        staff = user(ownerInstitution, Role.BIOBANK_STAFF);
        Accounts.InstitutionView requesting = institution();
        researcher = user(requesting, Role.RESEARCHER);
        researcherAdmin = user(requesting, Role.ADMINISTRATOR);
        String code = unique("DE").toUpperCase();
        Accounts.InstitutionView foreign = accounts.createInstitution(code, "Klinikum " + code, "DE");
        foreignResearcher = user(foreign, Role.RESEARCHER);
        foreignDac = user(foreign, Role.DAC_MEMBER);
        otherDac = user(institution(), Role.DAC_MEMBER);
        p1 = participant("RESEARCH_USE", "GENETIC_ANALYSIS", "DATA_SHARING");
        p2 = participant("RESEARCH_USE", "GENETIC_ANALYSIS");
        p3 = participant("RESEARCH_USE");
    }

    String participant(String... consents) throws Exception {
        String scopes = String.join("\", \"", consents);
        return read(
                call(
                                staff,
                                post("/api/participants"),
                                """
                                {"hospitalId": "%s", "sex": "FEMALE", "genomeSampleId": "%s", "consents": ["%s"]}"""
                                        .formatted(unique("MRN"), unique("S"), scopes))
                        .andExpect(status().isCreated()),
                "$.studyId");
    }

    long dataset(String level, boolean hgr) throws Exception {
        return Long.parseLong(read(
                call(
                                ownerAdmin,
                                post("/api/sharing/datasets"),
                                """
                                {"name": "%s", "description": "Clinical records of the cohort", "kind": "CLINICAL",
                                 "securityLevel": "%s", "hgr": %s}"""
                                        .formatted(unique("cohort"), level, hgr))
                        .andExpect(status().isCreated()),
                "$.id"));
    }

    long request(CurrentUser who, long dataset, String scopes, int days) throws Exception {
        return Long.parseLong(read(
                call(
                                who,
                                post("/api/sharing/datasets/" + dataset + "/requests"),
                                """
                                {"purpose": "Genotype-phenotype study of hereditary cardiomyopathy",
                                 "scopes": [%s], "durationDays": %d}"""
                                        .formatted(scopes, days))
                        .andExpect(status().isCreated()),
                "$.id"));
    }

    long approve(long request) throws Exception {
        return Long.parseLong(read(
                call(dac, post("/api/sharing/requests/" + request + "/approval"), "{\"reason\": \"sound protocol\"}")
                        .andExpect(status().isOk()),
                "$.grantId"));
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
