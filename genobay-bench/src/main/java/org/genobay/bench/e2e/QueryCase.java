package org.genobay.bench.e2e;

import java.util.List;
import org.genobay.variants.Region;

/**
 * One region query of the benchmark: a region that holds {@code variants} stored variants and a random cohort.
 *
 * @param samples the cohort's sample IDs in dataset order
 */
public record QueryCase(Region region, int variants, List<String> samples) {
    public QueryCase {
        samples = List.copyOf(samples);
    }

    /** The region as bcftools writes it: {@code 22:16050075-16655786}. */
    public String bcftoolsRegion() {
        return region.contig() + ":" + region.start() + "-" + region.end();
    }
}
