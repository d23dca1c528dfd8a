package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.genobay.audit.AccessLogChain;

/**
 * Chains the access events recorded before the log became tamper-evident, in the order they were written, with the
 * same hash the application uses from now on. Runs once, inside Flyway's transaction.
 */
public class V6__ChainExistingAccessEvents extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        String previous = AccessLogChain.GENESIS;
        Long last = null;
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery(
                        "select id, occurred_at, actor, institution_id, action, subject, detail from access_event"
                                + " order by id");
                PreparedStatement chain =
                        db.prepareStatement("update access_event set previous_hash = ?, entry_hash = ? where id = ?")) {
            while (rows.next()) {
                Instant at = rows.getObject("occurred_at", java.time.OffsetDateTime.class)
                        .toInstant();
                String hash = AccessLogChain.hash(
                        previous,
                        at,
                        rows.getString("actor"),
                        rows.getLong("institution_id"),
                        rows.getString("action"),
                        rows.getString("subject"),
                        rows.getString("detail"));
                last = rows.getLong("id");
                chain.setString(1, previous);
                chain.setString(2, hash);
                chain.setLong(3, last);
                chain.addBatch();
                previous = hash;
            }
            chain.executeBatch();
        }
        try (PreparedStatement head =
                db.prepareStatement("update access_log_head set last_event_id = ?, last_hash = ? where id = 1")) {
            head.setObject(1, last);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
