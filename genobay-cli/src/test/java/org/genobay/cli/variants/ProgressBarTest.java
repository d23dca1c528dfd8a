package org.genobay.cli.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final StringWriter text = new StringWriter();
    private long now = TimeUnit.SECONDS.toNanos(100);
    private final ProgressBar bar = new ProgressBar(new PrintWriter(text), () -> now);
    private final Path file = Path.of("/data/chr22.vcf.gz");

    @Test
    void showsFileNamePercentRecordsAndRate() {
        bar.fileStarted(file, 1000);
        now += TimeUnit.SECONDS.toNanos(2);
        bar.progress(file, 250, 50_000);

        assertThat(lastDraw()).isEqualTo("chr22.vcf.gz   25%  50,000 records  25,000 records/s");
    }

    @Test
    void redrawsAtMostFiveTimesASecond() {
        bar.fileStarted(file, 1000);
        for (int i = 1; i <= 100; i++) {
            now += TimeUnit.MILLISECONDS.toNanos(10); // one second in all
            bar.progress(file, i * 10, i * 100);
        }

        assertThat(text.toString().chars().filter(c -> c == '\r').count()).isBetween(5L, 6L);
    }

    @Test
    void aFinishedFileKeepsItsLineAndAnUnfinishedOneIsWipedOnClose() {
        bar.fileStarted(file, 1000);
        now += TimeUnit.SECONDS.toNanos(1);
        bar.fileFinished(file, 7);
        bar.fileStarted(Path.of("b.vcf"), -1);
        bar.close();

        String out = text.toString();
        assertThat(out).contains("chr22.vcf.gz  100%  7 records  7 records/s" + System.lineSeparator());
        assertThat(out).endsWith("\r" + " ".repeat("b.vcf  0 records".length()) + "\r");
    }

    @Test
    void aLongFileNameIsShortenedFromTheLeft() {
        String name = ProgressBar.shortName(
                Path.of("ALL.chr22.phase3_shapeit2_mvncall_integrated_v5.20130502.genotypes.vcf.gz"));

        assertThat(name).hasSize(ProgressBar.MAX_NAME).startsWith("...").endsWith(".20130502.genotypes.vcf.gz");
    }

    private String lastDraw() {
        String out = text.toString();
        return out.substring(out.lastIndexOf('\r') + 1).strip();
    }
}
