package org.genobay.variants;

import java.util.ArrayList;
import java.util.List;

/** The samples of a cohort that carry a variant, by zygosity, in dataset sample order. */
public record Carriers(
        Variant variant, List<String> heterozygous, List<String> homozygousAlt, List<String> hemizygous) {
    public Carriers {
        heterozygous = List.copyOf(heterozygous);
        homozygousAlt = List.copyOf(homozygousAlt);
        hemizygous = List.copyOf(hemizygous);
    }

    public int size() {
        return heterozygous.size() + homozygousAlt.size() + hemizygous.size();
    }

    /** Every carrier whatever the zygosity: heterozygous, then homozygous, then hemizygous. */
    public List<String> all() {
        List<String> all = new ArrayList<>(size());
        all.addAll(heterozygous);
        all.addAll(homozygousAlt);
        all.addAll(hemizygous);
        return all;
    }
}
