package org.genobay.cli.variants;

import java.util.List;
import org.genobay.variants.Dataset;
import org.genobay.variants.InvalidQueryException;
import org.genobay.variants.Variant;
import org.genobay.variants.VariantKey;
import picocli.CommandLine.Option;

/** {@code --variant KEY}: CHROM-POS-REF-ALT (also with {@code :} or {@code _}) or an ID such as {@code rs123}. */
final class VariantOption {
    @Option(
            names = "--variant",
            required = true,
            paramLabel = "KEY",
            description = "CHROM-POS-REF-ALT (22-16050075-A-G, also 22:16050075:A:G) or a variant ID (rs587697622).")
    String key;

    List<Variant> findIn(Dataset dataset) {
        return find(dataset, key);
    }

    /** The variants the key names: one for alleles, possibly several for an ID; never empty. */
    static List<Variant> find(Dataset dataset, String key) {
        VariantKey parsed = VariantKey.parse(key);
        List<Variant> found = dataset.find(parsed);
        if (found.isEmpty()) {
            throw new InvalidQueryException("dataset '" + dataset.name() + "' has no variant " + parsed);
        }
        return found;
    }
}
