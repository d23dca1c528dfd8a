package org.genobay.cli.variants;

import picocli.CommandLine.Command;

/** The {@code genobay variants} group; it does nothing by itself. */
@Command(
        name = "variants",
        description = "Cohort variant store: ingest VCF/BCF files, then query allele counts, carriers and"
                + " case/control tables.",
        subcommands = {
            IngestCommand.class,
            QueryCommand.class,
            VariantCommand.class,
            CarriersCommand.class,
            CaseControlCommand.class,
            DatasetsCommand.class
        })
public final class VariantsCommand {}
