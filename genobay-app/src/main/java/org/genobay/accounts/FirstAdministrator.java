package org.genobay.accounts;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At the first start, while no administrator exists, creates one so that someone can sign in. */
@Component
@Order(0)
// A one-shot command (genobay.command=…) only reads; the administrator is created when the platform first serves.
@ConditionalOnProperty(name = "genobay.command", havingValue = "serve", matchIfMissing = true)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final AdminProperties properties;

    FirstAdministrator(Accounts accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdministrator()) {
            return;
        }
        Accounts.InstitutionView institution = accounts.institutionByCode(properties.institutionCode())
                .orElseGet(
                        () -> accounts.createInstitution(properties.institutionCode(), properties.institutionName()));
        boolean generated = properties.password().isEmpty();
        String password = properties.password().orElseGet(() -> Passwords.generate(20));
        accounts.createAccount(new NewAccount(
                properties.username(), "Administrator", password, institution.id(), Set.of(Role.ADMINISTRATOR)));
        if (generated) {
            // Printed once, never stored in clear: the log line is the only copy.
            log.warn(
                    "created the first administrator '{}' with password {} (printed only this once; set"
                            + " GENOBAY_ADMIN_PASSWORD before the first start to choose it)",
                    properties.username(),
                    password);
        } else {
            log.info(
                    "created the first administrator '{}' with the password from GENOBAY_ADMIN_PASSWORD",
                    properties.username());
        }
    }
}
