package org.genobay.cohorts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The saved cohorts and their member snapshots, in tables {@code cohort} and {@code cohort_member}. */
@Repository
class SavedCohorts {

    private final JdbcTemplate jdbc;

    SavedCohorts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A saved cohort's row. */
    record Row(
            long id,
            long institutionId,
            long accountId,
            String name,
            String criteria,
            String description,
            String counts,
            Instant createdAt,
            String createdBy) {}

    long insert(Row row, List<CohortMember> members) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement s = connection.prepareStatement(
                            "insert into cohort (institution_id, account_id, name, criteria, description, counts,"
                                    + " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    s.setLong(1, row.institutionId());
                    s.setLong(2, row.accountId());
                    s.setString(3, row.name());
                    s.setString(4, row.criteria());
                    s.setString(5, row.description());
                    s.setString(6, row.counts());
                    s.setTimestamp(7, Timestamp.from(row.createdAt()));
                    s.setString(8, row.createdBy());
                    return s;
                },
                key);
        long id = key.getKey().longValue();
        jdbc.batchUpdate(
                "insert into cohort_member (cohort_id, study_id, genome_sample_id, shared_dataset_id)"
                        + " values (?, ?, ?, ?)",
                members,
                500,
                (s, m) -> {
                    s.setLong(1, id);
                    s.setString(2, m.studyId());
                    s.setString(3, m.genomeSampleId().orElse(null));
                    if (m.sharedDatasetId().isPresent()) {
                        s.setLong(4, m.sharedDatasetId().get());
                    } else {
                        s.setNull(4, Types.BIGINT);
                    }
                });
        return id;
    }

    boolean exists(long accountId, String name) {
        Integer n = jdbc.queryForObject(
                "select count(*) from cohort where account_id = ? and name = ?", Integer.class, accountId, name);
        return n != null && n > 0;
    }

    Optional<Row> find(long id, long accountId) {
        return jdbc
                .query("select * from cohort where id = ? and account_id = ?", SavedCohorts::row, id, accountId)
                .stream()
                .findFirst();
    }

    List<Row> list(long accountId) {
        return jdbc.query("select * from cohort where account_id = ? order by id desc", SavedCohorts::row, accountId);
    }

    List<CohortMember> members(long cohortId) {
        return jdbc.query(
                "select * from cohort_member where cohort_id = ? order by study_id",
                (rs, n) -> new CohortMember(
                        rs.getString("study_id"),
                        Optional.ofNullable(rs.getString("genome_sample_id")),
                        Optional.ofNullable((Number) rs.getObject("shared_dataset_id"))
                                .map(Number::longValue)),
                cohortId);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("institution_id"),
                rs.getLong("account_id"),
                rs.getString("name"),
                rs.getString("criteria"),
                rs.getString("description"),
                rs.getString("counts"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
