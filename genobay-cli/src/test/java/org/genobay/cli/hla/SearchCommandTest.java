package org.genobay.cli.hla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.genobay.cli.Cli;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.ImgtReleaseReader;
import org.genobay.hla.TypingParser;
import org.genobay.hla.match.HlaMatcher;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.MatchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hla search} over small hand-written donor files; the expected candidates are computed here with
 * {@link HlaMatcher} donor by donor. Reads the staged IMGT/HLA releases; skips where they are absent.
 */
class SearchCommandTest {
    private static final String PATIENT =
            "A*01:01+A*02:01^B*07:02+B*08:01^C*07:01+C*07:02^DRB1*15:01+DRB1*03:01^DQB1*06:02+DQB1*02:01";
    private static final List<String> DONORS = List.of(
            "D-THREE%"
                    + PATIENT.replace("A*02:01", "A*03:01")
                            .replace("B*07:02", "B*44:02")
                            .replace("DQB1*06:02", "DQB1*06:03"),
            "D-DQ%" + PATIENT.replace("DQB1*06:02", "DQB1*06:03"),
            "D-SAME%" + PATIENT,
            "",
            "D-AB%" + PATIENT.replace("A*02:01", "A*03:01").replace("B*07:02", "B*44:02"),
            "D-NOC%A*01:01+A*02:01^B*07:02+B*08:01^DRB1*15:01+DRB1*03:01^DQB1*06:02+DQB1*02:01",
            "D-LIST%A*01:01+A*02:01/A*02:02^B*07:02+B*08:01^C*07:01+C*07:02^DRB1*15:01+DRB1*03:01"
                    + "^DQB1*06:02+DQB1*02:01");

    @TempDir
    Path dir;

    private static String imgt() {
        Path imgt = Path.of(System.getProperty("genobay.hla.data", "../../shared/data/hla"))
                .resolve("imgt");
        assumeTrue(Files.isDirectory(imgt), "IMGT/HLA releases not found at " + imgt.toAbsolutePath());
        return imgt.toString();
    }

    private Path file(String name, List<String> lines) throws Exception {
        Path path = dir.resolve(name);
        byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(path)) {
            if (name.endsWith(".gz")) {
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(text);
                }
            } else {
                out.write(text);
            }
        }
        return path;
    }

    private static Cli.Result search(Path donors, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "hla",
                "search",
                "--imgt-dir",
                imgt(),
                "--release",
                "3.58.0",
                "--donors",
                donors.toString(),
                "--patient",
                PATIENT));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void findsExactlyTheDonorsTheMatcherFindsWithTheirTotalsBestFirst() throws Exception {
        Cli.Result r = search(file("donors.gl.txt", DONORS), "--mismatches", "2", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(r.out());

        HlaRelease release =
                ImgtReleaseReader.read(ImgtReleaseReader.locate(Path.of(imgt()), java.util.Optional.of("3.58.0")));
        TypingParser parser = new TypingParser(release);
        HlaMatcher matcher = new HlaMatcher(release);
        var patient = matcher.prepare(parser.parse(PATIENT));
        List<String> expected = new ArrayList<>();
        for (String line : DONORS) {
            if (line.isEmpty()) {
                continue;
            }
            String id = line.substring(0, line.indexOf('%'));
            MatchResult match =
                    matcher.match(patient, matcher.prepare(parser.parse(line.substring(id.length() + 1))), Locus.TEN);
            int mismatches = match.loci().stream()
                    .filter(LocusMatch.Compared.class::isInstance)
                    .mapToInt(l -> ((LocusMatch.Compared) l).mismatches())
                    .sum();
            if (mismatches <= 2) {
                expected.add(
                        id + " " + mismatches + " " + match.total(Locus.TEN).text());
            }
        }
        List<String> found = new ArrayList<>();
        out.get("candidates")
                .forEach(c -> found.add(c.get("donor").asText() + " "
                        + c.get("mismatches").asInt() + " " + c.get("total").asText()));

        assertThat(out.get("donors").asInt()).isEqualTo(DONORS.size() - 1);
        assertThat(out.get("qualifying").asInt()).isEqualTo(expected.size());
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        // fewest mismatches first; the fully typed identical donor before the one untyped at C, and before the one
        // whose A is an allele list (same count, a lower-confidence match)
        assertThat(found.get(0)).startsWith("D-SAME 0 10/10");
        assertThat(found.stream().map(f -> f.split(" ")[0]).toList())
                .containsSubsequence("D-SAME", "D-NOC", "D-DQ", "D-AB");
        JsonNode dq = out.get("candidates")
                .get(found.indexOf(found.stream()
                        .filter(f -> f.startsWith("D-DQ"))
                        .findFirst()
                        .orElseThrow()));
        assertThat(dq.get("mismatchedLoci").toString()).isEqualTo("[\"DQB1\"]");
        assertThat(dq.get("loci").get("DQB1").get("count").asInt()).isEqualTo(1);
        assertThat(dq.get("loci").get("A").get("grades").toString()).isEqualTo("[\"protein\",\"protein\"]");
    }

    @Test
    void printsTsvWithTotalsMismatchedLociAndGradesFromAGzipFileUpToTheLimit() throws Exception {
        Cli.Result r = search(
                file("donors.gl.txt.gz", DONORS), "--mismatches", "2", "--limit", "2", "--loci", "A,B,C,DRB1,DQB1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("rank\tdonor\tmismatches\ttotal\tmismatched_loci\tA\tB\tC\tDRB1\tDQB1");
        assertThat(lines.get(1)).startsWith("1\tD-SAME\t0\t10/10\t\tprotein+protein\t");
        assertThat(r.err()).isEqualTo("5 of 6 donors have at most 2 mismatches at A,B,C,DRB1,DQB1; 2 shown\n");

        Cli.Result eight = search(file("donors.gl.txt", DONORS), "--mismatches", "0", "--loci", "A,B,C,DRB1");
        assertThat(eight.out().lines().skip(1).map(l -> l.split("\t")[1]).toList())
                .containsExactlyInAnyOrder("D-SAME", "D-DQ", "D-NOC", "D-LIST");
        assertThat(eight.out())
                .contains("\tD-NOC\t0\tnot known: C untyped\t\tprotein+protein\tprotein+protein\tuntyped in donor\t");
    }

    @Test
    void aLineWithoutPercentStopsWithTheFileAndLine() throws Exception {
        List<String> lines = new ArrayList<>(DONORS);
        lines.set(1, "D-DQ " + PATIENT);
        Path file = file("bad.gl.txt", lines);

        Cli.Result r = search(file);

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("genobay: " + file + " line 2: not REGISTRY_ID%GLSTRING: no '%'\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownAlleleStopsWithTheFileLineAndAllele() throws Exception {
        List<String> lines = new ArrayList<>(DONORS);
        lines.set(4, "D-AB%A*01:01+A*02:9999");
        Path file = file("unknown.gl.txt", lines);

        Cli.Result r = search(file);

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).startsWith("genobay: " + file + " line 5: D-AB: ").contains("A*02:9999");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aRepeatedRegistryIdNamesBothLines() throws Exception {
        List<String> lines = new ArrayList<>(DONORS);
        lines.add(DONORS.get(2));
        Path file = file("twice.gl.txt", lines);

        Cli.Result r = search(file);

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).isEqualTo("genobay: " + file + " line 8: registry ID D-SAME is on line 3 too\n");
    }

    @Test
    void aMissingFileExits66AndABadMismatchLimitIsAUsageError() throws Exception {
        Cli.Result missing = search(dir.resolve("none.gl.txt"));
        assertThat(missing.exitCode()).isEqualTo(66);
        assertThat(missing.err()).isEqualTo("genobay: donor file " + dir.resolve("none.gl.txt") + " does not exist\n");

        Cli.Result three = search(file("donors.gl.txt", DONORS), "--mismatches", "3");
        assertThat(three.exitCode()).isEqualTo(64);
        assertThat(three.err()).contains("--mismatches 3 is not 0, 1 or 2");
    }
}
