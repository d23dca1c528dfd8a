package org.genobay.cli.hla;

import picocli.CommandLine.Command;

/** The {@code genobay hla} group; it does nothing by itself. */
@Command(
        name = "hla",
        description =
                "HLA nomenclature and matching with an IPD-IMGT/HLA release: reduce typings, match a patient with a donor, match probability, search a donor file.",
        subcommands = {ReduceCommand.class, MatchCommand.class, ProbabilityCommand.class, SearchCommand.class})
public final class HlaCommand {}
