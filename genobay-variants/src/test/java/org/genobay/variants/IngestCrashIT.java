package org.genobay.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingesting process with SIGKILL after it has written segments, then checks that the store opens, that
 * the committed dataset is intact and that the half-written one is invisible and is cleaned up by the next ingest.
 */
class IngestCrashIT {
    private static final int SAMPLES = 200;

    @TempDir
    Path tmp;

    @Test
    void killedIngestLeavesCommittedDataIntactAndThePartialDatasetInvisible() throws Exception {
        Path storeDir = tmp.resolve("store");
        VariantStore store = VariantStore.open(storeDir);
        Path small = tmp.resolve("small.vcf");
        Files.writeString(small, header() + lines(1, 500, new Random(1)));
        store.ingest(IngestRequest.of("committed", List.of(small)), IngestListener.NONE);
        List<VariantCounts> before = store.dataset("committed")
                .countsInRegion(Region.parse("7"), store.dataset("committed").allSamples());

        killMidIngest(storeDir, "partial", false);
        killMidIngest(storeDir, "committed", true);

        VariantStore reopened = VariantStore.open(storeDir);
        assertThat(reopened.datasets()).containsExactly("committed");
        Dataset d = reopened.dataset("committed");
        assertThat(d.countsInRegion(Region.parse("7"), d.allSamples())).isEqualTo(before);

        // The next ingest of the killed dataset removes the leftovers and commits.
        assertThat(leftovers(storeDir.resolve("datasets/partial"))).isNotEmpty();
        reopened.ingest(IngestRequest.of("partial", List.of(small)), IngestListener.NONE);
        assertThat(reopened.dataset("partial").variantCount()).isEqualTo(500);
        assertThat(leftovers(storeDir.resolve("datasets/partial")))
                .allMatch(f -> f.equals("MANIFEST") || f.startsWith("g1-"));
    }

    /** Streams records into an ingest on standard input and kills it once it has reported progress. */
    private void killMidIngest(Path storeDir, String dataset, boolean replace) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        IngestProcess.class.getName(),
                        storeDir.toString(),
                        dataset,
                        Boolean.toString(replace),
                        "-")
                .redirectErrorStream(true)
                .start();
        try (OutputStream in = p.getOutputStream();
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            in.write(header().getBytes(StandardCharsets.UTF_8));
            Random r = new Random(2);
            int pos = 1;
            // Write until the ingest has parsed and stored a first batch (it reports progress after each batch).
            while (true) {
                in.write(lines(pos, 20_000, r).getBytes(StandardCharsets.UTF_8));
                in.flush();
                pos += 20_000;
                if (out.ready()) {
                    String line = out.readLine();
                    assertThat(line).startsWith("records");
                    break;
                }
                assertThat(pos).as("the ingest reported no progress").isLessThan(2_000_000);
            }
            assertThat(leftovers(storeDir.resolve("datasets/" + dataset))).anyMatch(f -> f.endsWith(".seg"));
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(137);
        } catch (IOException e) {
            // The pipe breaks once the process is killed.
            p.destroyForcibly();
        }
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static String header() {
        StringBuilder b =
                new StringBuilder("##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT");
        for (int s = 0; s < SAMPLES; s++) {
            b.append("\tS").append(s);
        }
        return b.append('\n').toString();
    }

    private static String lines(int from, int count, Random r) {
        StringBuilder b = new StringBuilder();
        String[] gts = {"0|0", "0|0", "0|0", "0|1", "1|1"};
        for (int i = 0; i < count; i++) {
            b.append("7\t").append(from + i).append("\t.\tA\tG\t.\tPASS\t.\tGT");
            for (int s = 0; s < SAMPLES; s++) {
                b.append('\t').append(gts[r.nextInt(gts.length)]);
            }
            b.append('\n');
        }
        return b.toString();
    }
}
