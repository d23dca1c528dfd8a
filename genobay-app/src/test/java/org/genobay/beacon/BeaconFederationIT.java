package org.genobay.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.genobay.GenobayApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Genobay nodes on loopback: this test's application (node A, with the fixture's public dataset) and a second,
 * empty one (node B) whose Beacon names A and a port where nothing listens as its peers. B's federated answer is A's
 * answer, merged, with the dead peer reported and not fatal.
 */
class BeaconFederationIT extends BeaconFixture {

    @LocalServerPort
    int port;

    @Test
    void a_node_merges_its_peers_answers_and_reports_a_failed_peer() throws Exception {
        int dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = socket.getLocalPort();
        }
        String query = "/g_variants?referenceName=22&start=16050074&end=16070000&requestedGranularity=count";
        HttpClient http = HttpClient.newHttpClient();
        String direct = get(http, "http://127.0.0.1:" + port + "/api/beacon" + query);
        // Command-line arguments, not builder defaults: application.properties would override those, and node B
        // would open the file database under ./data.
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(GenobayApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:node-b-"
                                + ProcessHandle.current().pid() + ";DB_CLOSE_DELAY=-1",
                        "--genobay.data-dir=target/test-data-node-b",
                        "--genobay.pseudonymization.key=node-b-key-0123456789-0123456789-0123456789",
                        "--genobay.admin.password=" + ADMIN_PASSWORD,
                        "--genobay.security.bcrypt-strength=4",
                        "--genobay.beacon.id=org.genobay.node-b",
                        "--genobay.beacon.peers=http://127.0.0.1:" + port + "/api/beacon,http://127.0.0.1:" + dead
                                + "/api/beacon",
                        "--genobay.beacon.peer-timeout=5s",
                        "--logging.level.root=WARN")) {
            int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
            String alone = get(http, "http://127.0.0.1:" + portB + "/api/beacon" + query);
            assertThat((Boolean) json(alone, "$.responseSummary.exists")).isFalse();

            String merged = get(http, "http://127.0.0.1:" + portB + "/api/beacon" + query + "&federated=true");
            BeaconSchemas.assertValid("beaconCountResponse.json", merged);
            assertThat((Boolean) json(merged, "$.responseSummary.exists")).isTrue();
            assertThat((Integer) json(merged, "$.responseSummary.numTotalResults"))
                    .isEqualTo(json(direct, "$.responseSummary.numTotalResults"));
            List<Map<String, Object>> peers = json(merged, "$.info.federation");
            assertThat(peers).hasSize(2);
            assertThat(peers.get(0))
                    .containsEntry("beaconId", "org.genobay.beacon")
                    .doesNotContainKey("error");
            assertThat(peers.get(1)).containsKey("error");
            assertThat((String) peers.get(1).get("peer")).contains(String.valueOf(dead));
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
