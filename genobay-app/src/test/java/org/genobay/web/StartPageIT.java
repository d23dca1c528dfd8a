package org.genobay.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

class StartPageIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user.username()).password(PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    }

    @Test
    void biobank_staff_start_at_the_participant_search() throws Exception {
        mvc.perform(get("/").session(signIn(user(institution(), Role.BIOBANK_STAFF))))
                .andExpect(redirectedUrl("/participants"));
    }

    @Test
    void a_researcher_is_told_that_the_pages_for_the_role_are_not_there_yet() throws Exception {
        mvc.perform(get("/").session(signIn(user(institution(), Role.RESEARCHER))))
                .andExpect(content().string(containsString("the pages for your role")));
    }
}
