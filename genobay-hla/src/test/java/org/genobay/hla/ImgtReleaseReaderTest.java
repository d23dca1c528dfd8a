package org.genobay.hla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImgtReleaseReaderTest {
    static Path resource(String name) {
        try {
            return Path.of(ImgtReleaseReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsThe2026LayoutWithItsSeventhColumn() {
        HlaRelease release = ImgtReleaseReader.read(resource("release-2026-layout"));

        assertThat(release.version()).isEqualTo("9.64.0");
        assertThat(release.alleles()).hasSize(6).contains("A*01:01:38L");
        assertThat(release.serology().hats("A*23:01:01")).contains("A23");
        assertThat(release.serology().hats("A*01:01:01:02N")).isEmpty();
        assertThat(release.gGroupOf("A*01:01:38L")).contains("A*01:01:01G");
        assertThat(release.splitsOf("A9")).containsExactly("A23", "A24");
        assertThat(release.broadOf("A24")).contains("A9");
    }

    @Test
    void aLineWithTooFewFieldsIsRejectedWithFileAndLine() {
        Path broken = resource("broken-release");

        assertThatThrownBy(() -> ImgtReleaseReader.read(broken))
                .isInstanceOf(ImgtFormatException.class)
                .hasMessageContaining("rel_dna_ser.txt, line 10: expected 6 to 7 fields separated by ';', found 5")
                .hasMessageContaining("'A*;01:02;;;1'");
    }

    @Test
    void aDirectoryWithoutTheFilesIsNotARelease(@TempDir Path empty) {
        assertThatThrownBy(() -> ImgtReleaseReader.locate(empty, Optional.of("3.58.0")))
                .isInstanceOf(ReleaseNotFoundException.class)
                .hasMessageContaining("release 3.58.0 is not in " + empty);
        assertThatThrownBy(() -> ImgtReleaseReader.locate(empty.resolve("nowhere"), Optional.empty()))
                .isInstanceOf(ReleaseNotFoundException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void locatesAReleaseByDottedOrPyArdStyleNumberAndDefaultsToTheNewest() {
        Path root = SharedData.imgtRoot();

        assertThat(ImgtReleaseReader.locate(root, Optional.of("3.44.0"))).isEqualTo(root.resolve("3.44.0"));
        assertThat(ImgtReleaseReader.locate(root, Optional.of("3440"))).isEqualTo(root.resolve("3.44.0"));
        assertThat(ImgtReleaseReader.locate(root, Optional.empty())).isEqualTo(root.resolve("3.58.0"));
        assertThat(ImgtReleaseReader.locate(root.resolve("3.40.0"), Optional.empty()))
                .isEqualTo(root.resolve("3.40.0"));
    }

    @ParameterizedTest
    @CsvSource({"3.33.0, 18955", "3.40.0, 27273", "3.44.0, 30523", "3.58.0, 41433"})
    void readsEachStagedRelease(String version, int alleles) {
        HlaRelease release = SharedData.release(version);

        assertThat(release.version()).isEqualTo(version);
        assertThat(release.alleles()).hasSize(alleles);
        assertThat(release.gGroupOf("A*01:01:01:01")).contains("A*01:01:01G");
        assertThat(release.tce("DPB1*01:01:01:01")).isPresent();
    }

    @Test
    void keepsDeletedAllelesWithTheirCurrentName() {
        HlaRelease release = SharedData.release("3.44.0");

        assertThat(release.deleted("A*01:34N"))
                .contains(new DeletedAllele(
                        "A*01:34N", "20110325", Optional.of("A*01:01:38L"), "Shown to be expressed at low levels"));
        assertThat(release.currentName("A*01:34N")).contains("A*01:01:38L");
        assertThat(release.isValidName("A*01:34N")).isFalse();
    }

    @Test
    void knowsTheDpb1TceGroups() {
        HlaRelease release = SharedData.release("3.58.0");

        assertThat(release.tce("DPB1*01:01:01:01")).contains(new DpbTce("DPB1*01:01:01:01", "DPB1*01:01", "3", "3"));
    }
}
