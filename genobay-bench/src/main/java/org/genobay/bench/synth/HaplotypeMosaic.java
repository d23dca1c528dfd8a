package org.genobay.bench.synth;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * New haplotypes as Li–Stephens-style mosaics of template haplotypes: each copies one template, and switches to a
 * template drawn uniformly at random at recombination points that form a Poisson process along the chromosome (mean
 * distance {@code meanSwitchBp}). A copied allele is replaced, at rate {@code mutationRate} per site, by another allele
 * (REF becomes the first ALT, any ALT becomes REF). Within a copied segment the template's alleles, and so the
 * linkage disequilibrium between them, are kept; over many haplotypes each site's allele frequency is the template
 * panel's.
 *
 * <p>Each haplotype draws from its own random stream, split in order from one seed, so the output depends on the seed
 * only.
 */
final class HaplotypeMosaic {
    private final int templates;
    private final double meanSwitchBp;
    private final double logKeep;
    private final SplittableRandom[] random;
    private final int[] template;
    private final double[] nextSwitch;
    private final long[] nextMutation;
    private boolean started;

    HaplotypeMosaic(int haplotypes, int templates, double meanSwitchBp, double mutationRate, long seed) {
        if (haplotypes < 1 || templates < 1) {
            throw new IllegalArgumentException("need haplotypes and templates, got " + haplotypes + ", " + templates);
        }
        if (!(meanSwitchBp > 0)) {
            throw new IllegalArgumentException("mean switch distance must be > 0 bp, got " + meanSwitchBp);
        }
        if (!(mutationRate >= 0 && mutationRate < 1)) {
            throw new IllegalArgumentException("mutation rate must be in [0, 1), got " + mutationRate);
        }
        this.templates = templates;
        this.meanSwitchBp = meanSwitchBp;
        this.logKeep = mutationRate == 0 ? 0 : Math.log1p(-mutationRate);
        this.random = new SplittableRandom[haplotypes];
        this.template = new int[haplotypes];
        this.nextSwitch = new double[haplotypes];
        this.nextMutation = new long[haplotypes];
        SplittableRandom root = new SplittableRandom(seed);
        for (int h = 0; h < haplotypes; h++) {
            random[h] = root.split();
            template[h] = random[h].nextInt(templates);
            nextMutation[h] = sitesUntilMutation(random[h]) - 1;
        }
    }

    int haplotypes() {
        return template.length;
    }

    /**
     * Alleles of every new haplotype at one site.
     *
     * @param position the site's position on the new chromosome; must not decrease between calls
     * @param siteIndex the site's index in output order; must increase by one per call, from 0
     * @param sourceAlleles the templates' alleles at the site (index = template haplotype)
     * @param out receives one allele per new haplotype
     */
    void copy(long position, long siteIndex, byte[] sourceAlleles, byte[] out) {
        if (!started) {
            // the first template was drawn at construction; recombination points start at the first site
            Arrays.fill(nextSwitch, position);
        }
        for (int h = 0; h < out.length; h++) {
            if (position >= nextSwitch[h]) {
                // At least one recombination point lies in (previous site, position]; the process is memoryless, so
                // the next one after this site is position + Exp(mean), whatever happened in between.
                SplittableRandom r = random[h];
                if (started) {
                    template[h] = r.nextInt(templates);
                }
                nextSwitch[h] = position + exponential(r);
            }
            byte a = sourceAlleles[template[h]];
            if (siteIndex == nextMutation[h]) {
                a = (byte) (a == 0 ? 1 : 0);
                nextMutation[h] += sitesUntilMutation(random[h]);
            }
            out[h] = a;
        }
        started = true;
    }

    private double exponential(SplittableRandom r) {
        return -meanSwitchBp * Math.log(1 - r.nextDouble());
    }

    /** Sites from this one to the next mutated one (geometric, at least 1), or effectively never at rate 0. */
    private long sitesUntilMutation(SplittableRandom r) {
        if (logKeep == 0) {
            return Long.MAX_VALUE / 2;
        }
        double u = 1 - r.nextDouble();
        return 1 + (long) Math.min(Long.MAX_VALUE / 4.0, Math.floor(Math.log(u) / logKeep));
    }
}
