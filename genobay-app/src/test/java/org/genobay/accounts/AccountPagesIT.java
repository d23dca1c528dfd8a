package org.genobay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

class AccountPagesIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
    }

    @Test
    void an_administrator_creates_an_institution_and_a_staff_account_who_can_then_sign_in() throws Exception {
        MockHttpSession admin = signIn("admin", ADMIN_PASSWORD);
        String code = unique("WEB").toUpperCase();
        mvc.perform(post("/admin/accounts/institutions")
                        .session(admin)
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Web Hospital"))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("message", "Institution " + code + " created."));
        long institutionId = accounts.institutionByCode(code).orElseThrow().id();
        String username = unique("web");
        mvc.perform(post("/admin/accounts")
                        .session(admin)
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Web Technician")
                        .param("password", "a-long-password")
                        .param("institutionId", String.valueOf(institutionId))
                        .param("roles", "BIOBANK_STAFF"))
                .andExpect(flash().attribute("message", "Account " + username + " created."));

        mvc.perform(get("/admin/accounts").session(admin))
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("Web Hospital")));
        signIn(username, "a-long-password");
        assertThat(accounts.user(username).orElseThrow().institutionName()).isEqualTo("Web Hospital");
    }

    @Test
    void a_refused_account_comes_back_with_the_reason() throws Exception {
        mvc.perform(post("/admin/accounts")
                        .session(signIn("admin", ADMIN_PASSWORD))
                        .with(csrf())
                        .param("username", "x")
                        .param("displayName", "X")
                        .param("password", "a-long-password")
                        .param("institutionId", "1")
                        .param("roles", "CLINICIAN"))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute(
                                "error", "username 'x' must be 3 to 64 lower-case letters, digits, '.', '_' or '-'"));
    }

    @Test
    void only_administrators_see_the_accounts_page() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);
        mvc.perform(get("/admin/accounts").session(signIn(staff.username(), PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("do not allow you to manage accounts")));
    }
}
