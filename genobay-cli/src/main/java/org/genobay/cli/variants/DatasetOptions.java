package org.genobay.cli.variants;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --store DIR --dataset NAME}: which dataset of which store a command works on. */
final class DatasetOptions {
    @Mixin
    StoreOption store;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset name.")
    String name;
}
