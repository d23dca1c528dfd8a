package org.genobay.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.genobay.accounts.Accounts;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log as a hash chain, tampered with directly in the database the way someone with database access would:
 * each change is undone afterwards, so the shared test database's chain stays intact for the other tests.
 */
class AccessLogVerificationIT extends DatabaseIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessAudit audit;

    @Autowired
    AccessLogVerification verification;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anUntouchedLogVerifiesAndAnAdministratorCanAskForIt() throws Exception {
        Accounts.InstitutionView hospital = institution();
        CurrentUser admin = user(hospital, Role.ADMINISTRATOR);
        List<Long> ids = appendThree(user(hospital, Role.BIOBANK_STAFF));

        AccessLogVerification.Result result = verification.verify();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(result.entries()).isGreaterThanOrEqualTo(3);
        assertThat(result.head()).isEqualTo(hashOf(ids.get(2)));

        mvc.perform(get("/api/audit/verification").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.head").isString());
        mvc.perform(get("/api/audit/verification").with(as(user(hospital, Role.BIOBANK_STAFF))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEntryChangedInTheDatabaseIsNamed() {
        List<Long> ids = appendThree(user(institution(), Role.BIOBANK_STAFF));
        long middle = ids.get(1);
        String detail = jdbc.queryForObject("select detail from access_event where id = ?", String.class, middle);

        jdbc.update("update access_event set detail = 'nothing to see' where id = ?", middle);
        try {
            AccessLogVerification.Result result = verification.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntry()).contains(middle);
            assertThat(result.problem().orElseThrow())
                    .contains("entry " + middle + " was changed after it was written");
        } finally {
            jdbc.update("update access_event set detail = ? where id = ?", detail, middle);
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void anEntryRemovedFromTheMiddleBreaksTheChainAtTheNextOne() {
        List<Long> ids = appendThree(user(institution(), Role.BIOBANK_STAFF));
        Map<String, Object> removed = remove(ids.get(1));
        try {
            AccessLogVerification.Result result = verification.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntry()).contains(ids.get(2));
            assertThat(result.problem().orElseThrow())
                    .contains("entry " + ids.get(2) + " does not follow entry " + ids.get(0))
                    .contains("removed, added or moved");
        } finally {
            restore(removed);
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void theNewestEntriesCutOffAreNoticedThroughTheHead() {
        List<Long> ids = appendThree(user(institution(), Role.BIOBANK_STAFF));
        Map<String, Object> newest = remove(ids.get(2));
        try {
            AccessLogVerification.Result result = verification.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntry()).contains(ids.get(2));
            assertThat(result.problem().orElseThrow())
                    .contains("ends at entry " + ids.get(1))
                    .contains("head names entry " + ids.get(2));
        } finally {
            restore(newest);
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    /** Three reads logged by the user, one transaction each, as the application logs them; their entry numbers. */
    private List<Long> appendThree(CurrentUser reader) {
        for (String subject : List.of("GB-A", "GB-B", "GB-C")) {
            transaction.executeWithoutResult(t -> audit.record(reader, "READ_PARTICIPANT", subject, "test read"));
        }
        return jdbc.queryForList(
                "select id from access_event where actor = ? order by id", Long.class, reader.username());
    }

    private String hashOf(long id) {
        return jdbc.queryForObject("select entry_hash from access_event where id = ?", String.class, id);
    }

    private Map<String, Object> remove(long id) {
        Map<String, Object> row = jdbc.queryForMap("select * from access_event where id = ?", id);
        jdbc.update("delete from access_event where id = ?", id);
        return row;
    }

    private void restore(Map<String, Object> row) {
        jdbc.update(
                "insert into access_event (id, occurred_at, actor, institution_id, action, subject, detail,"
                        + " previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                column(row, "id"),
                column(row, "occurred_at"),
                column(row, "actor"),
                column(row, "institution_id"),
                column(row, "action"),
                column(row, "subject"),
                column(row, "detail"),
                column(row, "previous_hash"),
                column(row, "entry_hash"));
    }

    /** Column labels come back upper case from H2 and lower case from PostgreSQL. */
    private static Object column(Map<String, Object> row, String column) {
        return row.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(column))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
    }
}
