package org.genobay.bench.probability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchProbabilityBenchmarkTest {
    private static final String SECTION_1 =
            MatchProbabilityBenchmark.BEGIN + "\nfirst\n" + MatchProbabilityBenchmark.END;
    private static final String SECTION_2 =
            MatchProbabilityBenchmark.BEGIN + "\nsecond\n" + MatchProbabilityBenchmark.END;

    @Test
    void theSectionIsAppendedWhenAbsentAndReplacedWhenPresent(@TempDir Path dir) throws IOException {
        Path docs = Files.writeString(dir.resolve("benchmarks.md"), "# Benchmarks\n\nother figures\n");

        MatchProbabilityBenchmark.writeSection(docs, SECTION_1);
        Files.writeString(docs, Files.readString(docs) + "\n## Later section\n");
        MatchProbabilityBenchmark.writeSection(docs, SECTION_2);

        assertThat(Files.readString(docs))
                .isEqualTo("# Benchmarks\n\nother figures\n\n" + SECTION_2 + "\n\n## Later section\n");
    }
}
