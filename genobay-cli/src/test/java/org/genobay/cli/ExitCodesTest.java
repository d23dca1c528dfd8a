package org.genobay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.genobay.variants.DatasetBusyException;
import org.genobay.variants.DatasetExistsException;
import org.genobay.variants.DuplicateSampleException;
import org.genobay.variants.GenotypeConflictException;
import org.genobay.variants.InvalidQueryException;
import org.genobay.variants.StoreCorruptedException;
import org.genobay.variants.StoreIoException;
import org.genobay.variants.UnknownDatasetException;
import org.genobay.variants.UnknownSampleException;
import org.genobay.variants.VcfFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodesTest {
    private final ExitCodes codes = new ExitCodes();

    @Test
    void eachKindOfFailureHasItsExitCode() {
        assertThat(codes.getExitCode(new InvalidQueryException("x"))).isEqualTo(64);
        assertThat(codes.getExitCode(new UnknownSampleException("d", List.of("s"))))
                .isEqualTo(64);
        assertThat(codes.getExitCode(new DuplicateSampleException("f", "s"))).isEqualTo(64);
        assertThat(codes.getExitCode(new SampleListException(Path.of("f"), 1, "x")))
                .isEqualTo(64);
        assertThat(codes.getExitCode(new VcfFormatException("f", 3, "POS", "x")))
                .isEqualTo(65);
        assertThat(codes.getExitCode(new GenotypeConflictException("s", "v", "a", "b")))
                .isEqualTo(65);
        assertThat(codes.getExitCode(new UnknownDatasetException("st", "d"))).isEqualTo(66);
        assertThat(codes.getExitCode(new MissingInputException("input file", Path.of("f"))))
                .isEqualTo(66);
        assertThat(codes.getExitCode(new StoreCorruptedException("f", "x"))).isEqualTo(70);
        assertThat(codes.getExitCode(new IllegalStateException("bug"))).isEqualTo(70);
        assertThat(codes.getExitCode(new DatasetExistsException("st", "d"))).isEqualTo(73);
        assertThat(codes.getExitCode(new StoreIoException("w", new IOException("disk full"))))
                .isEqualTo(74);
        assertThat(codes.getExitCode(new UncheckedIOException("r", new IOException("x"))))
                .isEqualTo(74);
        assertThat(codes.getExitCode(new DatasetBusyException("d"))).isEqualTo(75);
    }

    @Test
    void anErrorIsOneLineOnStderrWithoutAStackTrace(@TempDir Path dir) {
        Cli.Result r = Cli.run("variants", "ingest", "--store", dir.toString(), "--dataset", "d", "no-such.vcf");

        assertThat(r.exitCode()).isEqualTo(66);
        assertThat(r.err()).isEqualTo("genobay: input file no-such.vcf does not exist" + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void verbosePrintsTheStackTraceToo(@TempDir Path dir) {
        Cli.Result r =
                Cli.run("variants", "ingest", "--store", dir.toString(), "--dataset", "d", "--verbose", "no-such.vcf");

        assertThat(r.exitCode()).isEqualTo(66);
        assertThat(r.err())
                .contains("MissingInputException", "\tat org.genobay.cli.variants.IngestCommand.call")
                .contains("genobay: input file no-such.vcf does not exist");
    }

    @Test
    void aQueryOnAStoreThatIsNotThereDoesNotCreateIt(@TempDir Path dir) {
        Path store = dir.resolve("typo");

        Cli.Result r = Cli.run("variants", "datasets", "--store", store.toString());

        assertThat(r.exitCode()).isEqualTo(66);
        assertThat(r.err()).contains("store directory " + store + " does not exist");
        assertThat(store).doesNotExist();
    }
}
