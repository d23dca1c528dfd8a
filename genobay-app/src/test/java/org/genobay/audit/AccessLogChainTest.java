package org.genobay.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessLogChainTest {

    static final Instant AT = Instant.parse("2026-11-23T09:30:00.123456Z");

    static String hash(
            String previous, Instant at, String actor, long institution, String action, String subject, String detail) {
        return AccessLogChain.hash(previous, at, actor, institution, action, subject, detail);
    }

    @Test
    void theSameEntryAfterTheSamePredecessorHashesAlike() {
        assertThat(hash(AccessLogChain.GENESIS, AT, "ana", 1, "READ", "GB-1", ""))
                .isEqualTo(hash(AccessLogChain.GENESIS, AT, "ana", 1, "READ", "GB-1", ""))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void everyFieldAndThePredecessorChangeTheHash() {
        String base = hash(AccessLogChain.GENESIS, AT, "ana", 1, "READ", "GB-1", "x");
        assertThat(hash("1".repeat(64), AT, "ana", 1, "READ", "GB-1", "x")).isNotEqualTo(base);
        assertThat(hash(AccessLogChain.GENESIS, AT.plusNanos(1000), "ana", 1, "READ", "GB-1", "x"))
                .isNotEqualTo(base);
        assertThat(hash(AccessLogChain.GENESIS, AT, "anb", 1, "READ", "GB-1", "x"))
                .isNotEqualTo(base);
        assertThat(hash(AccessLogChain.GENESIS, AT, "ana", 2, "READ", "GB-1", "x"))
                .isNotEqualTo(base);
        assertThat(hash(AccessLogChain.GENESIS, AT, "ana", 1, "SEARCH", "GB-1", "x"))
                .isNotEqualTo(base);
        assertThat(hash(AccessLogChain.GENESIS, AT, "ana", 1, "READ", "GB-2", "x"))
                .isNotEqualTo(base);
        assertThat(hash(AccessLogChain.GENESIS, AT, "ana", 1, "READ", "GB-1", "y"))
                .isNotEqualTo(base);
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        assertThat(hash(AccessLogChain.GENESIS, AT, "ana", 1, "READ", "GB-1", "x"))
                .isNotEqualTo(hash(AccessLogChain.GENESIS, AT, "ana", 1, "READ", "GB-", "1x"));
    }

    @Test
    void timesAreKeptToTheMicrosecondTheDatabasesStore() {
        Instant nanos = Instant.parse("2026-11-23T09:30:00.123456789Z");
        assertThat(AccessLogChain.stored(nanos)).isEqualTo(AT);
    }
}
