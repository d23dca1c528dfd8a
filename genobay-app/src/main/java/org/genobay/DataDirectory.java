package org.genobay;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code genobay.data-dir} absolute before anything reads it: H2 refuses a database path that is implicitly
 * relative ("data/genobay"), and a user should be able to write {@code --genobay.data-dir=data} as for any folder.
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "genobay.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY, "./data");
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("genobayDataDirectory", Map.of(PROPERTY, absolute)));
    }

    @Override
    public int getOrder() {
        // After the application's own properties and the command line are in the environment.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
