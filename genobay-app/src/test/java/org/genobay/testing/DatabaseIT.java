package org.genobay.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.NewAccount;
import org.genobay.accounts.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the tests that run the whole application over HTTP against a real database (H2, and PostgreSQL in the
 * second Failsafe run). All of them share one application context; each test makes its own institution and accounts,
 * so tests never see each other's data.
 */
@Tag("database")
@ExtendWith(DatabaseAvailable.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "genobay.security.bcrypt-strength=4",
            "genobay.pseudonymization.key=test-key-0123456789-0123456789-0123456789",
            "genobay.admin.password=" + DatabaseIT.ADMIN_PASSWORD,
            "genobay.data-dir=target/test-data",
            "logging.level.root=WARN"
        })
@AutoConfigureMockMvc
public abstract class DatabaseIT {

    public static final String ADMIN_PASSWORD = "first-admin-password";
    public static final String PASSWORD = "test-password-123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    protected Accounts accounts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** A name no other test uses in this JVM, nor in earlier runs against the same database. */
    protected static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    /** A new institution; its code is unique. */
    protected Accounts.InstitutionView institution() {
        String code = unique("INST").toUpperCase();
        return accounts.createInstitution(code, "Hospital " + code);
    }

    protected CurrentUser user(Accounts.InstitutionView institution, Role... roles) {
        return accounts.createAccount(
                new NewAccount(unique("user"), "Test User", PASSWORD, institution.id(), Set.of(roles)));
    }

    protected static RequestPostProcessor as(CurrentUser user) {
        return httpBasic(user.username(), PASSWORD);
    }

    protected static RequestPostProcessor asAdmin() {
        return httpBasic("admin", ADMIN_PASSWORD);
    }
}
