package org.genobay.biobank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.genobay.errors.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256) of hospital identifiers: the only form in which they are stored. Without the key the hash
 * cannot be reversed by trying every medical record number. The key comes from {@code genobay.pseudonymization.key}
 * (GENOBAY_PSEUDONYMIZATION_KEY); without one, a key is generated once into the data folder, which suits a single
 * machine but not a hospital, whose key must live apart from the database and its backups.
 */
@Component
class HospitalIds {

    private static final Logger log = LoggerFactory.getLogger(HospitalIds.class);
    private static final int MIN_KEY_LENGTH = 32;
    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0,63}");

    private final SecretKeySpec key;

    HospitalIds(@Value("${genobay.pseudonymization.key:}") String key, @Value("${genobay.data-dir}") Path dataDir) {
        String secret = key.isBlank() ? keyFile(dataDir) : key;
        if (secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("genobay.pseudonymization.key must have at least " + MIN_KEY_LENGTH
                    + " characters, it has " + secret.length());
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The hash of a hospital identifier; case and surrounding blanks do not matter. */
    String hash(String hospitalId) {
        String normalized = hospitalId == null ? "" : hospitalId.strip().toUpperCase(Locale.ROOT);
        if (!ID.matcher(normalized).matches()) {
            throw new InvalidInputException(
                    "hospitalId",
                    "hospitalId must be 1 to 64 letters, digits, '.', '_', '/' or '-', starting with a letter or digit");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String keyFile(Path dataDir) {
        Path file = dataDir.resolve("pseudonymization.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String generated = Base64.getEncoder().encodeToString(bytes);
            Files.createDirectories(dataDir);
            Files.writeString(file, generated + "\n");
            log.warn(
                    "generated a pseudonymization key in {}; keep it safe, apart from database backups (or set"
                            + " GENOBAY_PSEUDONYMIZATION_KEY): without it hospital IDs can no longer be looked up",
                    file.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the pseudonymization key " + file, e);
        }
    }
}
