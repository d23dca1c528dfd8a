package org.genobay.cohorts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** The pages: count without the script, the script's count endpoint, save, the cohort page and its request link. */
class CohortPagesIT extends CohortFixture {

    @Test
    void build_count_save_and_open_a_cohort_in_the_pages() throws Exception {
        String dilated = participant(staff, "FEMALE", 1980, "GBR", null);
        diagnosis(clinician, dilated, "I42.0");
        var partner = institution();
        CurrentUser partnerAdmin = user(partner, Role.ADMINISTRATOR);
        String dataset = read(
                call(
                        partnerAdmin,
                        post("/api/sharing/datasets"),
                        """
                                {"name": "%s", "description": "Cardiology", "kind": "CLINICAL",
                                 "securityLevel": "CONTROLLED", "hgr": false}"""
                                .formatted(unique("cardio"))),
                "$.id");
        MockHttpSession session = signIn(researcher);

        // Without the script: the Count button reloads the page with the counts.
        mvc.perform(get("/cohorts/new").session(session).param("count", "true").param("diagnosis", "I42"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your institution: <span>1</span> participants")));
        mvc.perform(get("/cohorts/new").session(session).param("count", "true").param("phenotype", "HP:9999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("unknown HPO code HP:9999999")));
        // The script's endpoint answers as the API does.
        mvc.perform(post("/cohorts/count").session(session).with(csrf()).param("diagnosis", "I42"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.own").value(1));

        String page = mvc.perform(post("/cohorts")
                        .session(session)
                        .with(csrf())
                        .param("name", "Dilated cardiomyopathy")
                        .param("diagnosis", "I42"))
                .andExpect(redirectedUrlPattern("/cohorts/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(page).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dilated cardiomyopathy")))
                .andExpect(content().string(containsString(dilated)))
                .andExpect(content().string(containsString("/sharing/datasets/" + dataset + "?purpose=")));
        mvc.perform(get("/sharing/datasets/" + dataset)
                        .session(session)
                        .param("purpose", "Cohort 'Dilated cardiomyopathy' of the cohort builder"))
                .andExpect(content().string(containsString(">Cohort &#39;Dilated cardiomyopathy&#39; of the cohort")));
        mvc.perform(get("/cohorts").session(session))
                .andExpect(content().string(containsString("Dilated cardiomyopathy")));
        mvc.perform(get("/cohorts").session(signIn(clinician)))
                .andExpect(content().string(not(containsString("Dilated cardiomyopathy"))));
    }

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user.username()).password(PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    }
}
