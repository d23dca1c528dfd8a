package org.genobay.hla.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.TypingParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference cases in {@code matching-cases.tsv}: Atlas's matching-validation scenarios (null alleles, grades,
 * confidences, DPB1), DPB1 TCE3 examples, WMDA serology levels and hand-worked IMGT/HLA pairs, each row naming its
 * source. A row's divergence column, where filled, is what Genobay gives instead, and why.
 */
class MatchingCasesTest {
    private static final String CASES = "/org/genobay/hla/match/matching-cases.tsv";

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = MatchingCasesTest.class.getResourceAsStream(CASES)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return lines.stream()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("source\t") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(f -> Arguments.of(f[2] + " | " + f[3] + " (" + f[0] + ")", f))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesTheSourcesResult(String name, String[] row) {
        HlaRelease release = Releases.release("3.58.0");
        TypingParser parser = new TypingParser(release);
        HlaMatcher matcher = new HlaMatcher(release);
        Locus locus = Locus.parse(row[1]);
        MatchResult result = matcher.match(
                matcher.prepare(parser.parse(row[2])), matcher.prepare(parser.parse(row[3])), java.util.Set.of(locus));

        Map<String, String> expected = expectations(row);
        LocusMatch.Compared compared = (LocusMatch.Compared) result.locus(locus).orElseThrow();
        Map<String, String> actual = Map.of(
                "count", String.valueOf(compared.count()),
                "g1", compared.positions().get(0).grade().label(),
                "g2", compared.positions().get(1).grade().label(),
                "c1", compared.positions().get(0).confidence().label(),
                "c2", compared.positions().get(1).confidence().label(),
                "dpb1", compared.dpb1().map(Dpb1Permissiveness::label).orElse("-"));
        expected.forEach((column, value) -> {
            if (value.equals("*")) {
                return;
            }
            if (value.startsWith("!")) {
                assertThat(actual.get(column)).as(column).isNotEqualTo(value.substring(1));
            } else {
                assertThat(actual.get(column)).as(column).isEqualTo(value);
            }
        });
    }

    private static Map<String, String> expectations(String[] row) {
        Map<String, String> expected = new HashMap<>();
        String[] columns = {"count", "g1", "g2", "c1", "c2", "dpb1"};
        for (int i = 0; i < columns.length; i++) {
            expected.put(columns[i], row[4 + i]);
        }
        String divergence = row[10];
        if (!divergence.isEmpty()) {
            String assignment = divergence.substring(0, divergence.indexOf(':'));
            String column = assignment.substring(0, assignment.indexOf('='));
            expected.put(column, assignment.substring(assignment.indexOf('=') + 1));
        }
        return expected;
    }
}
