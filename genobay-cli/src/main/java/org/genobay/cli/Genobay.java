package org.genobay.cli;

import org.genobay.cli.hla.HlaCommand;
import org.genobay.cli.variants.VariantsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code genobay} command: subcommand groups for each system, plus {@code demo}. */
@Command(
        name = "genobay",
        scope = ScopeType.INHERIT, // every subcommand gets --help, --version and the exit code list
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Genobay precision-medicine data platform.",
        subcommands = {VariantsCommand.class, HlaCommand.class, DemoCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:success",
            "64:bad usage: options, region, variant key, sample list, HLA typing",
            "65:bad input data: VCF/BCF format, conflicting genotypes, IMGT/HLA or MAC file format",
            "66:missing input file, store, dataset or IMGT/HLA release",
            "70:internal error, or the store's files are damaged",
            "73:the dataset exists (use --replace)",
            "74:reading or writing failed (disk, permissions)",
            "75:another ingest into the dataset is running (try again later)"
        })
public final class Genobay {
    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The command line with Genobay's error handling: an exit code per kind of failure, messages without traces. */
    public static CommandLine newCommandLine() {
        ExitCodes exitCodes = new ExitCodes();
        return new CommandLine(new Genobay())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(exitCodes)
                .setParameterExceptionHandler(exitCodes)
                .setExitCodeExceptionMapper(exitCodes);
    }
}
