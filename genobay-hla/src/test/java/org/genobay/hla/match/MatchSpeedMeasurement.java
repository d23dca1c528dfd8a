package org.genobay.hla.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.genobay.hla.HlaRelease;
import org.genobay.hla.ImgtReleaseReader;
import org.genobay.hla.TypingParser;

/**
 * Measures pairwise comparisons per second ({@link HlaMatcher#match}, all six loci, grades and confidences) on
 * prepared typings: {@code java -cp ... org.genobay.hla.match.MatchSpeedMeasurement ../shared/data/hla/imgt/3.58.0}.
 * Donors are drawn from two-field names of the release with a mix of resolutions (two-field, allele lists of two,
 * XX codes, serology at A and B); not a benchmark of record (no JMH), a measurement to state in the guide.
 */
public final class MatchSpeedMeasurement {
    private MatchSpeedMeasurement() {}

    public static void main(String[] args) {
        HlaRelease release =
                ImgtReleaseReader.read(Path.of(args.length > 0 ? args[0] : "../shared/data/hla/imgt/3.58.0"));
        TypingParser parser = new TypingParser(release);
        HlaMatcher matcher = new HlaMatcher(release);
        Random random = new Random(42);
        String[][] common = {
            {"A*01:01", "A*02:01", "A*03:01", "A*11:01", "A*24:02", "A*26:01", "A*30:01", "A*33:03"},
            {"B*07:02", "B*08:01", "B*15:01", "B*35:01", "B*40:01", "B*44:02", "B*51:01", "B*58:01"},
            {"C*01:02", "C*03:04", "C*04:01", "C*06:02", "C*07:01", "C*07:02", "C*08:01", "C*15:02"},
            {"DRB1*01:01", "DRB1*03:01", "DRB1*04:01", "DRB1*07:01", "DRB1*11:01", "DRB1*13:01", "DRB1*15:01"},
            {"DQB1*02:01", "DQB1*03:01", "DQB1*03:02", "DQB1*05:01", "DQB1*06:02", "DQB1*06:03"},
            {"DPB1*01:01", "DPB1*02:01", "DPB1*03:01", "DPB1*04:01", "DPB1*04:02", "DPB1*05:01"}
        };
        List<PreparedTyping> donors = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            List<String> loci = new ArrayList<>();
            for (int l = 0; l < common.length; l++) {
                loci.add(position(common[l], random, l < 2) + "+" + position(common[l], random, l < 2));
            }
            donors.add(matcher.prepare(parser.parse(String.join("^", loci))));
        }
        PreparedTyping patient = donors.get(0);
        long checksum = 0;
        for (int round = 0; round < 8; round++) {
            int n = 0;
            long start = System.nanoTime();
            while (System.nanoTime() - start < 2_000_000_000L) {
                for (PreparedTyping donor : donors) {
                    MatchResult result = matcher.match(patient, donor);
                    checksum += result.loci().size();
                    n++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "round %d: %,.0f comparisons/s (12 loci positions, grades, confidences)%n", round, n / seconds);
        }
        System.out.println("checksum " + checksum);
    }

    private static String position(String[] names, Random random, boolean serologyAllowed) {
        String name = names[random.nextInt(names.length)];
        int kind = random.nextInt(10);
        if (kind < 5) {
            return name;
        }
        if (kind < 7) {
            return name + "/" + names[random.nextInt(names.length)];
        }
        if (kind < 9 || !serologyAllowed) {
            return name.substring(0, name.indexOf(':')) + ":XX";
        }
        return name.startsWith("A*")
                ? "A" + Integer.parseInt(name.substring(2, 4))
                : "B" + Integer.parseInt(name.substring(2, 4));
    }
}
