package org.genobay.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.genobay.testing.DatabaseIT;
import org.genobay.testing.OpenIdServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through a hospital's OpenID Connect server, here a real one on loopback: the whole authorization code
 * flow over HTTP, with discovery, a signed ID token, its nonce and the client secret checked.
 */
class SingleSignOnIT extends DatabaseIT {

    static final OpenIdServer HOSPITAL_SSO = new OpenIdServer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void signOnServer(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.hospital.client-id", () -> OpenIdServer.CLIENT_ID);
        registry.add(prefix + "registration.hospital.client-secret", () -> OpenIdServer.CLIENT_SECRET);
        registry.add(prefix + "registration.hospital.client-name", () -> "Northfield SSO");
        registry.add(prefix + "registration.hospital.scope", () -> "openid");
        registry.add(prefix + "provider.hospital.issuer-uri", HOSPITAL_SSO::issuer);
    }

    @AfterAll
    static void stopServer() {
        HOSPITAL_SSO.close();
    }

    @Test
    void theSignInPageOffersTheHospitalsSignOnServer() throws Exception {
        HttpResponse<String> page = newBrowserSession().send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("Sign in with Northfield SSO").contains("/oauth2/authorization/hospital");
    }

    @Test
    void aUserWithAnAccountSignsInThroughTheServerWithTheAccountsRolesAndInstitution() throws Exception {
        CurrentUser technician = user(institution(), Role.BIOBANK_STAFF);
        HOSPITAL_SSO.signInAs(technician.username());

        HttpClient session = newBrowserSession();
        HttpResponse<String> landed =
                session.send(get("/oauth2/authorization/hospital"), HttpResponse.BodyHandlers.ofString());

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath())
                .as("biobank staff start at the participant search")
                .isEqualTo("/participants");
        assertThat(landed.body()).contains(technician.username()).contains("Sign out");
        HttpResponse<String> again = session.send(get("/participants"), HttpResponse.BodyHandlers.ofString());
        assertThat(again.uri().getPath()).as("the session stays signed in").isEqualTo("/participants");
    }

    @Test
    void aUserTheServerKnowsButGenobayDoesNotIsRefusedWithTheReason() throws Exception {
        HOSPITAL_SSO.signInAs("nobody-" + unique("sso"));

        HttpClient session = newBrowserSession();
        HttpResponse<String> landed =
                session.send(get("/oauth2/authorization/hospital"), HttpResponse.BodyHandlers.ofString());

        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.body()).contains("no Genobay account").contains("an administrator creates it");
        HttpResponse<String> participants = session.send(get("/participants"), HttpResponse.BodyHandlers.ofString());
        assertThat(participants.uri().getPath()).as("not signed in").isEqualTo("/login");
    }

    /** A client that keeps cookies and follows redirects across both servers, as a browser does. */
    private static HttpClient newBrowserSession() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
    }
}
