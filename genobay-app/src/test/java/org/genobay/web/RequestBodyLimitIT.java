package org.genobay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: the servlet container's error handling is what answers a refused body. */
class RequestBodyLimitIT extends DatabaseIT {

    static final int OVER_THE_LIMIT = 16 * 1024 * 1024 + 1;

    @LocalServerPort
    int port;

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);
        // Only the request head is sent: the answer must come without the server reading any of the body.
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/imports/specimens HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + credentials(staff) + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + OVER_THE_LIMIT + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = untilChunkedBodyEnds(socket);

            assertThat(response).startsWith("HTTP/1.1 413").contains("Content-Type: application/problem+json");
            assertThat(response)
                    .contains("payload-too-large")
                    .contains("the request body has " + OVER_THE_LIMIT + " bytes; at most 16777216 are accepted");
        }
    }

    @Test
    void aBodySentWithoutALengthIsCutOffAtTheLimit() throws Exception {
        CurrentUser staff = user(institution(), Role.BIOBANK_STAFF);
        byte[] csv =
                ("hospital_id,sex\n" + "X,FEMALE\n".repeat(OVER_THE_LIMIT / 9 + 1)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        importRequest(staff)
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(csv)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("imported");
    }

    /** The connection stays open (the server would still swallow a body), so read up to the last chunk. */
    private static String untilChunkedBodyEnds(Socket socket) throws java.io.IOException {
        StringBuilder response = new StringBuilder();
        byte[] buffer = new byte[8192];
        while (response.indexOf("\r\n0\r\n\r\n") < 0) {
            int n = socket.getInputStream().read(buffer);
            if (n < 0) {
                break;
            }
            response.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return response.toString();
    }

    private static String credentials(CurrentUser user) {
        return Base64.getEncoder().encodeToString((user.username() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder importRequest(CurrentUser user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports/specimens"))
                .header("Authorization", "Basic " + credentials(user))
                .header("Content-Type", "text/csv");
    }
}
