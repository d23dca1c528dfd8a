package org.genobay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @Test
    void demoIngestsTheBundledSampleIntoATempStoreAndRunsItsQueries(@TempDir Path dir) {
        Path store = dir.resolve("store");

        Cli.Result r = Cli.run("demo", "--store", store.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("1kg-chr22: 2,014 variants, 2,504 samples, 5,008,000 genotypes from 1 file (2,000 records)")
                .contains("1kg-chr22\t2504\t2014")
                // the first record of 1000 Genomes chr22, AF as in its INFO column
                .contains("22\t16050075\tA\tG\t1\t5008\t0.000199681\t1\t0")
                // rs148779243: INFO has EUR_AF=0.5119 and AFR_AF=0.1793
                .contains("22\t16201114\tC\tA\t515\t1006\t0.511928\t")
                .contains("22\t16201114\tC\tA\t237\t1322\t0.179274\t");
        assertThat(dir.resolve("demo").resolve("EUR.txt")).exists();
    }

    @Test
    void demoCanRunTwice(@TempDir Path dir) {
        String store = dir.resolve("store").toString();

        assertThat(Cli.run("demo", "--store", store).exitCode()).isZero();
        assertThat(Cli.run("demo", "--store", store).exitCode()).isZero();
    }
}
