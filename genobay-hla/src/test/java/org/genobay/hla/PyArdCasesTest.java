package org.genobay.hla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** py-ard's published expectations on IMGT/HLA 3.44.0 (see the header of pyard-3.44.0-cases.tsv for the sources). */
class PyArdCasesTest {
    private static Reducer plain;
    private static Reducer ping;
    private static TypingParser parser;

    @ParameterizedTest(name = "{0} at {1}{2} is {3} ({4})")
    @MethodSource("cases")
    void reducesAsPyArdDoesOrAsDocumented(
            String typing, String level, String pingFlag, String expected, String source) {
        setUp();
        Reducer reducer = pingFlag.equals("ping") ? ping : plain;

        String reduced = reducer.reduce(parser.parse(typing), Reduction.of(level));

        assertThat(reduced).isEqualTo(expected);
    }

    private static synchronized void setUp() {
        if (parser == null) {
            HlaRelease release = SharedData.release("3.44.0");
            parser = new TypingParser(release, Optional.of(MacDictionary.read(SharedData.atlasMacFile())));
            plain = new Reducer(release);
            ping = new Reducer(release, true);
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PyArdCasesTest.class.getResourceAsStream("pyard-3.44.0-cases.tsv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    // a 6th column is Genobay's value where it knowingly differs from py-ard (the 7th says why)
                    String expected = f.length > 5 && !f[5].isEmpty() ? f[5] : f[3];
                    cases.add(Arguments.of(f[0], f[1], f[2].equals("ping") ? "ping" : "", expected, f[4]));
                }
            }
        }
        return cases.stream();
    }
}
