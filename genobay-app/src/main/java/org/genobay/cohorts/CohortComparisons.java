package org.genobay.cohorts;

import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.audit.AccessAudit;
import org.genobay.errors.InvalidInputException;
import org.genobay.omics.FrequencyPlot;
import org.genobay.omics.VariantQueries;
import org.genobay.omics.VariantQueries.CohortComparison;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A saved cohort as the sample set of a variant query: for a region or a variant of one of the user's variant
 * datasets, allele counts and frequencies in the cohort's genome samples against every other sample of the dataset,
 * with Fisher's exact p, and a plot of each (all, cohort, rest). Only members of the user's own institution who have
 * not withdrawn are used: another institution's genotypes are not in the user's datasets.
 */
@Service
@Transactional
public class CohortComparisons {

    /** At most this many variants are drawn; all are listed. */
    static final int PLOTS = 20;

    static final int PLOT_WIDTH = 640;

    private final Cohorts cohorts;
    private final VariantQueries variants;
    private final AccessAudit audit;

    CohortComparisons(Cohorts cohorts, VariantQueries variants, AccessAudit audit) {
        this.cohorts = cohorts;
        this.variants = variants;
        this.audit = audit;
    }

    /** One variant compared, with its plot. */
    public record Drawn(CohortComparison comparison, FrequencyPlot plot) {}

    /**
     * The comparison.
     *
     * @param cohortSamples the cohort's genome samples used (members now, of the user's institution, with a genome)
     */
    public record Comparison(
            long cohortId,
            String cohort,
            long dataset,
            String query,
            int cohortSamples,
            List<CohortComparison> variants,
            boolean truncatedPlots) {}

    public Comparison compare(
            long cohortId, long dataset, Optional<String> region, Optional<String> variant, CurrentUser user) {
        Optional<String> givenRegion = region.map(String::strip).filter(r -> !r.isEmpty());
        Optional<String> givenVariant = variant.map(String::strip).filter(v -> !v.isEmpty());
        if (givenRegion.isPresent() == givenVariant.isPresent()) {
            throw new InvalidInputException("region", "give either a region (CHROM:START-END) or a variant, not both");
        }
        CohortView cohort = cohorts.get(cohortId, user);
        var samples = cohorts.ownGenomeSamples(cohortId, user);
        List<CohortComparison> found = variants.compare(dataset, givenRegion, givenVariant, samples, user);
        String query = givenRegion.orElseGet(givenVariant::get);
        audit.record(
                user,
                "COMPARE_COHORT",
                "cohort:" + cohortId,
                "variant dataset " + dataset + ", " + query + ", " + found.size() + " variants");
        int used = found.isEmpty() ? 0 : found.get(0).cohort().samples();
        return new Comparison(cohortId, cohort.name(), dataset, query, used, found, found.size() > PLOTS);
    }

    static List<Drawn> drawn(Comparison comparison) {
        return comparison.variants().stream()
                .limit(PLOTS)
                .map(c -> new Drawn(c, FrequencyPlot.of(c.variant().all(), List.of(c.cohort(), c.rest()), PLOT_WIDTH)))
                .toList();
    }
}
