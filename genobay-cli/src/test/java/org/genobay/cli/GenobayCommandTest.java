package org.genobay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenobayCommandTest {
    @Test
    void helpListsTheCommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("variants", "hla", "demo", "Exit codes:", "64", "65");
    }

    @Test
    void variantsHelpListsEverySubcommand() {
        Cli.Result r = Cli.run("variants", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("ingest", "query", "variant", "carriers", "case-control", "datasets");
    }

    @Test
    void versionNamesTheProject() {
        Cli.Result r = Cli.run("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("genobay ").doesNotContain("${");
    }

    @Test
    void aMissingSubcommandIsAUsageErrorThatShowsTheUsage() {
        Cli.Result r = Cli.run("variants");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).startsWith("genobay: ").contains("Usage: genobay variants");
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Cli.Result r = Cli.run("variants", "quer");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("Did you mean", "variants query").contains("Try 'genobay variants --help'");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        Cli.Result r = Cli.run("variants", "query", "--store", "x", "--region", "22:1-2");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("--dataset").contains("genobay variants query --help");
        assertThat(r.out()).isEmpty();
    }
}
