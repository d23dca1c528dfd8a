package org.genobay.cli.hla;

import picocli.CommandLine.Command;

/** The {@code genobay hla} group; it does nothing by itself. */
@Command(
        name = "hla",
        description = "HLA nomenclature: reduce typings with an IPD-IMGT/HLA release.",
        subcommands = {ReduceCommand.class})
public final class HlaCommand {}
