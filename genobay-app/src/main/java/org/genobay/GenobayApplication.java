package org.genobay;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Genobay platform as one application. Each direct sub-package is one module (Spring Modulith): it keeps its web,
 * service and persistence code together and offers the others only the public types of its top package.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GenobayApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(GenobayApplication.class, args);
        // A one-shot command (genobay.command=…, e.g. ./genobay audit verify) ends with its own exit status.
        if (context.getEnvironment().containsProperty("genobay.command")) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
