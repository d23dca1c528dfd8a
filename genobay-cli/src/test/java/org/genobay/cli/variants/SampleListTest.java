package org.genobay.cli.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genobay.cli.MissingInputException;
import org.genobay.cli.SampleListException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleListTest {
    @TempDir
    Path dir;

    @Test
    void skipsBlankLinesAndCommentsAndKeepsLineNumbers() throws IOException {
        Path file = Files.writeString(dir.resolve("s.txt"), "# header\n\n  HG00096 \r\nHG00097\n");

        SampleList list = SampleList.read(file);

        assertThat(list.entries())
                .containsExactly(new SampleList.Entry(3, "HG00096"), new SampleList.Entry(4, "HG00097"));
    }

    @Test
    void aDuplicateNamesBothLines() throws IOException {
        Path file = Files.writeString(dir.resolve("s.txt"), "A\nB\nA\n");

        assertThatThrownBy(() -> SampleList.read(file))
                .isInstanceOf(SampleListException.class)
                .hasMessage(file + ", line 3: sample 'A' is listed twice (first on line 1)");
    }

    @Test
    void aFileWithoutSamplesIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("s.txt"), "# nobody\n\n");

        assertThatThrownBy(() -> SampleList.read(file))
                .isInstanceOf(SampleListException.class)
                .hasMessage(file + ": lists no samples");
    }

    @Test
    void aMissingFileIsMissingInput() {
        assertThatThrownBy(() -> SampleList.read(dir.resolve("nope.txt")))
                .isInstanceOf(MissingInputException.class)
                .hasMessageContaining("nope.txt does not exist");
    }
}
