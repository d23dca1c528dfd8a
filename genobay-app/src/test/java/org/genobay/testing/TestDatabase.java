package org.genobay.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * The database the integration tests run against, chosen by the system property {@code genobay.test.database}: an
 * in-memory H2 (the default), or PostgreSQL ({@code genobay.test.postgresql.url}, default 127.0.0.1:5432/test as user
 * postgres), where each test JVM gets a fresh schema that it drops on exit.
 */
public final class TestDatabase {

    static final String POSTGRESQL_URL =
            System.getProperty("genobay.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRESQL_USER = System.getProperty("genobay.test.postgresql.user", "postgres");

    private static Map<String, String> properties;

    private TestDatabase() {}

    public static boolean isPostgresql() {
        return System.getProperty("genobay.test.database", "h2").equals("postgresql");
    }

    static boolean postgresqlAnswers() {
        try (Connection ignored = connect(POSTGRESQL_URL)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Spring properties pointing the application at this JVM's test database; made once per JVM. */
    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = isPostgresql() ? freshPostgresqlSchema() : h2();
        }
        return properties;
    }

    private static Map<String, String> h2() {
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:mem:genobay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "spring.datasource.username",
                "sa",
                "spring.datasource.password",
                "");
    }

    private static Map<String, String> freshPostgresqlSchema() {
        String schema = "genobay_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute("create schema " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop schema " + schema + " cascade")));
        String separator = POSTGRESQL_URL.contains("?") ? "&" : "?";
        return Map.of(
                "spring.datasource.url",
                POSTGRESQL_URL + separator + "currentSchema=" + schema,
                "spring.datasource.username",
                POSTGRESQL_USER,
                "spring.datasource.password",
                System.getProperty("genobay.test.postgresql.password", ""),
                "spring.flyway.schemas",
                schema);
    }

    private static void execute(String sql) {
        try (Connection connection = connect(POSTGRESQL_URL);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRESQL_URL + ": " + sql + " failed", e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(
                url, POSTGRESQL_USER, System.getProperty("genobay.test.postgresql.password", ""));
    }
}
