package org.genobay.biobank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HospitalIdsTest {

    private static final String KEY = "a-key-of-at-least-thirty-two-characters";

    @TempDir
    Path dataDir;

    @Test
    void the_hash_is_keyed_and_ignores_case_and_blanks() {
        HospitalIds ids = new HospitalIds(KEY, dataDir);
        String hash = ids.hash("mrn-00042");

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(ids.hash("  MRN-00042 "));
        assertThat(new HospitalIds(KEY + "-other", dataDir).hash("mrn-00042")).isNotEqualTo(hash);
        assertThat(ids.hash("MRN-00043")).isNotEqualTo(hash);
    }

    @Test
    void without_a_configured_key_one_is_generated_once_and_kept() throws Exception {
        String first = new HospitalIds("", dataDir).hash("MRN-1");

        assertThat(Files.readString(dataDir.resolve("pseudonymization.key")).strip())
                .hasSizeGreaterThan(32);
        assertThat(new HospitalIds("", dataDir).hash("MRN-1")).isEqualTo(first);
    }

    @Test
    void a_short_key_and_a_bad_identifier_are_refused() {
        assertThatThrownBy(() -> new HospitalIds("short", dataDir)).hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new HospitalIds(KEY, dataDir).hash("has space"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("hospitalId must be");
    }
}
