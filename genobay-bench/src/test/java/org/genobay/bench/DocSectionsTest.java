package org.genobay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocSectionsTest {

    @Test
    void findsEverySectionWithItsDelimiters() {
        String text = "# Benchmarks\n\nfigures\n\n" + DocSections.wrap("donor-search", "a\nb") + "\n\ntext\n"
                + DocSections.wrap("beacon-load", "c") + "\n";

        assertThat(DocSections.all(text))
                .containsExactly(
                        "<!-- section: donor-search -->\na\nb\n<!-- end section: donor-search -->",
                        "<!-- section: beacon-load -->\nc\n<!-- end section: beacon-load -->");
    }

    @Test
    void replacesOnlyTheNamedSection(@TempDir Path dir) throws IOException {
        Path doc = Files.writeString(
                dir.resolve("benchmarks.md"),
                "top\n\n" + DocSections.wrap("a", "old a") + "\n\n" + DocSections.wrap("b", "old b") + "\n");

        DocSections.replace(doc, "a", DocSections.wrap("a", "new a"));
        DocSections.replace(doc, "c", DocSections.wrap("c", "new c"));

        assertThat(Files.readString(doc))
                .isEqualTo("top\n\n" + DocSections.wrap("a", "new a") + "\n\n" + DocSections.wrap("b", "old b") + "\n\n"
                        + DocSections.wrap("c", "new c") + "\n");
    }
}
