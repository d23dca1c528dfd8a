package org.genobay.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that links one access-log entry to the one before it: SHA-256 over the previous entry's hash and every
 * field of the entry, each field length-prefixed so that no two different entries encode alike. Times count in
 * microseconds, the precision both H2 and PostgreSQL keep, so a hash recomputed from the stored row matches.
 */
public final class AccessLogChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] DOMAIN = "genobay access log v1".getBytes(StandardCharsets.UTF_8);

    private AccessLogChain() {}

    /** The instant as the database will give it back. */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(
            String previous,
            Instant at,
            String actor,
            long institutionId,
            String action,
            String subject,
            String detail) {
        MessageDigest sha = sha256();
        field(sha, DOMAIN);
        field(sha, previous.getBytes(StandardCharsets.US_ASCII));
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        field(sha, Long.toString(micros).getBytes(StandardCharsets.US_ASCII));
        field(sha, actor.getBytes(StandardCharsets.UTF_8));
        field(sha, Long.toString(institutionId).getBytes(StandardCharsets.US_ASCII));
        field(sha, action.getBytes(StandardCharsets.UTF_8));
        field(sha, subject.getBytes(StandardCharsets.UTF_8));
        field(sha, detail.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, byte[] bytes) {
        int n = bytes.length;
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
