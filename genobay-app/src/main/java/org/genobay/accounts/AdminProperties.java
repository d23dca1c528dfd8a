package org.genobay.accounts;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator: {@code genobay.admin.password} (environment: GENOBAY_ADMIN_PASSWORD) sets its password;
 * without it one is generated and printed once.
 */
@ConfigurationProperties("genobay.admin")
record AdminProperties(
        @DefaultValue("admin") String username,
        Optional<String> password,
        @DefaultValue("GENOBAY") String institutionCode,
        @DefaultValue("Genobay platform") String institutionName) {}
