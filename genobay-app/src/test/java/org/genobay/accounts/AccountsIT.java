package org.genobay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

class AccountsIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void the_first_administrator_is_created_at_start_with_the_configured_password() throws Exception {
        mvc.perform(get("/api/me").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("admin"))
                .andExpect(jsonPath("$.roles[0]").value("ADMINISTRATOR"))
                .andExpect(jsonPath("$.institutionName").value("Genobay platform"));
    }

    @Test
    void passwords_are_stored_only_as_bcrypt_hashes() {
        Accounts.InstitutionView institution = institution();
        CurrentUser user = user(institution, Role.CLINICIAN);
        String hash = jdbc.queryForObject(
                "select password_hash from account where username = ?", String.class, user.username());
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void an_administrator_creates_accounts_in_an_institution() throws Exception {
        Accounts.InstitutionView institution = institution();
        mvc.perform(post("/api/accounts")
                        .with(asAdmin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"username": "%s", "displayName": "Dr Who", "password": "long-enough-password",
                                 "institutionId": %d, "roles": ["CLINICIAN", "RESEARCHER"]}"""
                                        .formatted(unique("new"), institution.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.institution.code").value(institution.code()))
                .andExpect(jsonPath("$.roles.length()").value(2))
                .andExpect(jsonPath("$.password").doesNotExist());
    }

    @Test
    void only_administrators_create_accounts() throws Exception {
        Accounts.InstitutionView institution = institution();
        CurrentUser staff = user(institution, Role.BIOBANK_STAFF);
        mvc.perform(post("/api/accounts")
                        .with(as(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"username": "intruder", "displayName": "X", "password": "long-enough-password",
                                 "institutionId": %d, "roles": ["ADMINISTRATOR"]}"""
                                        .formatted(institution.id())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:genobay:problem:forbidden"))
                .andExpect(jsonPath("$.status").value(403));
        assertThat(accounts.user("intruder")).isEmpty();
    }

    @Test
    void a_short_password_is_refused_naming_the_field() throws Exception {
        mvc.perform(
                        post("/api/accounts")
                                .with(asAdmin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"username": "shorty", "displayName": "S", "password": "short",
                                 "institutionId": 1, "roles": ["CLINICIAN"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.detail").value("password must have at least 12 characters"));
    }

    @Test
    void wrong_credentials_get_401_problem_details_over_real_http() throws Exception {
        HttpResponse<String> response = send("/api/me", "admin", "wrong-password");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body())
                .contains("\"status\":401", "urn:genobay:problem:unauthenticated", "\"instance\":\"/api/me\"");
    }

    @Test
    void an_unknown_api_path_gets_404_problem_details_without_a_stack_trace() throws Exception {
        HttpResponse<String> response = send("/api/no/such/thing", "admin", ADMIN_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:genobay:problem:not-found").doesNotContain("at org.");
    }

    @Test
    void web_pages_redirect_to_the_login_form() throws Exception {
        mvc.perform(get("/participants")).andExpect(status().is3xxRedirection()).andExpect(result -> assertThat(
                        result.getResponse().getRedirectedUrl())
                .endsWith("/login"));
    }

    private HttpResponse<String> send(String path, String username, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
