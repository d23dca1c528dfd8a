package org.genobay.bench.synth;

import java.util.Locale;

/**
 * What a synthetic cohort looks like; the same parameters and source give the same VCF text.
 *
 * @param samples number of samples (each two new haplotypes)
 * @param variants number of VCF records (a multi-allelic record counts once)
 * @param seed seed of all random draws
 * @param switchMeanBp mean distance between template switches (recombination points), in bp
 * @param mutationRate chance per haplotype and site that the copied allele is replaced
 * @param gapBp distance between the last position of one tile of source sites and the first of the next
 */
public record CohortParameters(
        int samples, long variants, long seed, double switchMeanBp, double mutationRate, int gapBp) {
    public static final int DEFAULT_SAMPLES = 2504;
    public static final long DEFAULT_VARIANTS = 1_000_000;
    public static final long DEFAULT_SEED = 20130502;
    public static final double DEFAULT_SWITCH_MEAN_BP = 300_000;
    public static final double DEFAULT_MUTATION_RATE = 5e-5;
    public static final int DEFAULT_GAP_BP = 10_000;

    public CohortParameters {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        }
        if (variants < 1) {
            throw new IllegalArgumentException("variants must be at least 1, got " + variants);
        }
        if (!(switchMeanBp > 0)) {
            throw new IllegalArgumentException("switch mean must be > 0 bp, got " + switchMeanBp);
        }
        if (!(mutationRate >= 0 && mutationRate < 1)) {
            throw new IllegalArgumentException("mutation rate must be in [0, 1), got " + mutationRate);
        }
        if (gapBp < 1) {
            throw new IllegalArgumentException("gap must be at least 1 bp, got " + gapBp);
        }
    }

    public static CohortParameters defaults() {
        return new CohortParameters(
                DEFAULT_SAMPLES,
                DEFAULT_VARIANTS,
                DEFAULT_SEED,
                DEFAULT_SWITCH_MEAN_BP,
                DEFAULT_MUTATION_RATE,
                DEFAULT_GAP_BP);
    }

    public CohortParameters withSamples(int n) {
        return new CohortParameters(n, variants, seed, switchMeanBp, mutationRate, gapBp);
    }

    public CohortParameters withVariants(long m) {
        return new CohortParameters(samples, m, seed, switchMeanBp, mutationRate, gapBp);
    }

    public CohortParameters withSeed(long s) {
        return new CohortParameters(samples, variants, s, switchMeanBp, mutationRate, gapBp);
    }

    public CohortParameters withSwitchMeanBp(double bp) {
        return new CohortParameters(samples, variants, seed, bp, mutationRate, gapBp);
    }

    public CohortParameters withMutationRate(double rate) {
        return new CohortParameters(samples, variants, seed, switchMeanBp, rate, gapBp);
    }

    public CohortParameters withGapBp(int bp) {
        return new CohortParameters(samples, variants, seed, switchMeanBp, mutationRate, bp);
    }

    /** One line, written into the VCF header, by which a run can tell whether an existing file fits. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "samples=%d variants=%d seed=%d switchMeanBp=%.0f mutationRate=%s gapBp=%d",
                samples,
                variants,
                seed,
                switchMeanBp,
                Double.toString(mutationRate),
                gapBp);
    }
}
