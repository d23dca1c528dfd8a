package org.genobay.biobank;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class BiobankPagesIT extends BiobankIT {

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
    }

    @Test
    void a_wrong_password_goes_back_to_the_login_page_with_an_error() throws Exception {
        mvc.perform(formLogin().user(staff.username()).password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login")).andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void staff_enrol_a_participant_through_the_form_and_find_them_in_the_search() throws Exception {
        MockHttpSession session = signIn(staff);
        String hospitalId = unique("WEB");
        mvc.perform(post("/participants")
                        .session(session)
                        .with(csrf())
                        .param("hospitalId", hospitalId)
                        .param("sex", "MALE")
                        .param("birthYear", "1975")
                        .param("population", "FIN")
                        .param("genomeSampleId", "HG00171")
                        .param("scopes", "RESEARCH_USE", "GENETIC_ANALYSIS"))
                .andExpect(redirectedUrlPattern("/participants/GB-*"));

        mvc.perform(get("/participants").param("q", "HG00171").session(session))
                .andExpect(content().string(containsString("HG00171")))
                .andExpect(content().string(containsString("2 of 5 scopes")))
                .andExpect(content().string(not(containsString(hospitalId))));
    }

    @Test
    void the_participant_page_shows_consent_and_the_specimen_tree() throws Exception {
        String studyId = enrol(unique("MRN"));
        String blood = blood(studyId);
        String aliquot = read(aliquot(blood, "2", "ML"), "$.code");

        mvc.perform(get("/participants/" + studyId).session(signIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("GENETIC_ANALYSIS")))
                .andExpect(content().string(containsString(blood)))
                .andExpect(content().string(containsString(aliquot)))
                .andExpect(content().string(containsString("8 mL of 10 mL")));
    }

    @Test
    void a_refused_form_comes_back_with_the_reason_and_saves_nothing() throws Exception {
        String blood = blood(enrol(unique("MRN")));
        MockHttpSession session = signIn(staff);

        mvc.perform(post("/specimens/" + blood + "/children")
                        .session(session)
                        .with(csrf())
                        .param("quantity", "11")
                        .param("unit", "ML"))
                .andExpect(redirectedUrl("/specimens/" + blood))
                .andExpect(flash().attribute(
                                "error", "specimen " + blood + " has 10 mL left; the new specimen needs 11 mL"));
        mvc.perform(get("/specimens/" + blood).session(session))
                .andExpect(content().string(containsString("10 mL left of 10 mL")))
                .andExpect(content().string(containsString("COLLECTED")));
    }

    @Test
    void the_box_page_draws_used_and_free_positions() throws Exception {
        String blood = blood(enrol(unique("MRN")));
        String freezer = read(call(staff, "POST", "/api/storage", "{\"kind\": \"FREEZER\", \"name\": \"F\"}"), "$.id");
        String box = read(
                call(
                        staff,
                        "POST",
                        "/api/storage",
                        "{\"kind\": \"BOX\", \"name\": \"B\", \"parentId\": " + freezer
                                + ", \"rows\": 2, \"columns\": 2}"),
                "$.id");
        MockHttpSession session = signIn(staff);
        mvc.perform(post("/storage/boxes/" + box + "/place")
                        .session(session)
                        .with(csrf())
                        .param("code", blood)
                        .param("position", "B1"))
                .andExpect(redirectedUrl("/storage/boxes/" + box));

        mvc.perform(get("/storage/boxes/" + box).session(session))
                .andExpect(content().string(containsString("1 of 4 positions used")))
                .andExpect(content().string(containsString("data-position=\"B1\" class=\"used\"")))
                .andExpect(content().string(containsString("data-position=\"A1\" class=\"free\"")));
        mvc.perform(get("/storage").session(session))
                .andExpect(content().string(containsString("1 of 4 positions used")));

        mvc.perform(post("/specimens/" + blood + "/location/removal")
                        .session(session)
                        .with(csrf()))
                .andExpect(flash().attribute("message", "Taken out of storage."));
        mvc.perform(get("/storage/boxes/" + box).session(session))
                .andExpect(content().string(containsString("0 of 4 positions used")));
    }

    @Test
    void a_specimen_has_a_printable_svg_label() throws Exception {
        String blood = blood(enrol(unique("MRN")));
        mvc.perform(get("/specimens/" + blood + "/label.svg").session(signIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(containsString(">" + blood + "<")));
    }

    @Test
    void another_institution_gets_a_not_found_page_for_a_specimen() throws Exception {
        String blood = blood(enrol(unique("MRN")));
        CurrentUser stranger = user(institution(), Role.BIOBANK_STAFF);

        MockHttpSession session = signIn(stranger);
        mvc.perform(get("/specimens/" + blood).session(session))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("specimen " + blood + " not found")));
        mvc.perform(get("/specimens/" + blood + "/label.svg").session(session)).andExpect(status().isNotFound());
    }
}
