package org.genobay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's run command: {@code ./genobay serve} starts the packaged application, which answers on the port it
 * prints. Runs the jar Maven has just packaged (GENOBAY_NO_BUILD=1), with its data in a folder of its own.
 */
class ServeIT {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    @Test
    void genobay_serve_starts_the_application_with_its_data_under_the_given_folder() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "serve-it-");
        ProcessBuilder builder = new ProcessBuilder(
                        root.resolve("genobay").toString(),
                        "serve",
                        "--port",
                        "0",
                        "--genobay.data-dir=" + data,
                        "--genobay.admin.password=serve-it-password",
                        "--logging.level.root=WARN",
                        "--logging.level.org.springframework.boot.tomcat=INFO")
                .redirectErrorStream(true);
        builder.environment().put("GENOBAY_NO_BUILD", "1");
        Process process = builder.start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            int port = -1;
            for (String line = lines.readLine(); line != null && port < 0; line = lines.readLine()) {
                output.add(line);
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    port = Integer.parseInt(started.group(1));
                }
            }
            assertThat(port).as("port in the output: %s", output).isPositive();

            HttpResponse<String> login = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("Sign in");
            assertThat(data.resolve("genobay.mv.db")).exists();
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
