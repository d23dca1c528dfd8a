package org.genobay.demo;

import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** With {@code genobay.demo=true} (what {@code ./genobay serve --demo} sets), seeds the demo after the first admin. */
@Component
@Order(10)
@ConditionalOnBooleanProperty("genobay.demo")
class DemoOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStart.class);

    private final DemoData demo;
    private final Environment environment;

    DemoOnStart(DemoData demo, Environment environment) {
        this.demo = demo;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String url = "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/";
        demo.seed()
                .ifPresentOrElse(
                        logins -> log.warn(
                                "\n\nGenobay demo ready at {}: {} with 100 participants (1000 Genomes samples) and their"
                                        + " variant dataset 1kg-chr22 (ingesting now; see Variants)."
                                        + "\nSign in as (passwords printed only this once):\n{}\n",
                                url,
                                logins.institution(),
                                table(logins.passwords())),
                        () -> log.info(
                                "Genobay demo at {}: the demo data is there already; its passwords were printed"
                                        + " when it was seeded",
                                url));
    }

    private static String table(Map<String, String> passwords) {
        return passwords.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> "    %-11s %s".formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
