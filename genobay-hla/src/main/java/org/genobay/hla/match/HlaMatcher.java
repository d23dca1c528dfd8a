package org.genobay.hla.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genobay.hla.GlString;
import org.genobay.hla.HlaRelease;

/**
 * Compares a patient's typing with a donor's, per locus and per position (see the package documentation and
 * docs/guide/hla.md, "Matching").
 *
 * <pre>{@code
 * HlaMatcher matcher = new HlaMatcher(release);
 * PreparedTyping patient = matcher.prepare(parser.parse("A*01:01+A*02:01^B*07:02+B*08:01^..."));
 * PreparedTyping donor = matcher.prepare(parser.parse("..."));
 * MatchResult result = matcher.match(patient, donor);
 * }</pre>
 *
 * <p>Thread-safe. {@link #prepare} does the expansion work once per typing; {@link #match} only compares int sets.
 */
public final class HlaMatcher {
    private final HlaRelease release;
    private final Ids ids = new Ids();

    public HlaMatcher(HlaRelease release) {
        this.release = release;
    }

    public HlaRelease release() {
        return release;
    }

    /**
     * Prepares a parsed typing (a GL string of one or more loci) for matching; loci other than the six matched ones
     * are left out. Throws {@link org.genobay.hla.InvalidTypingException} for a GL string that does not describe
     * loci and positions (three positions at a locus, a locus twice, loci mixed in one position).
     */
    public PreparedTyping prepare(GlString typing) {
        Map<Locus, List<Genotype>> loci = GlLoci.split(release, typing);
        PreparedGenotype[][] byLocus = new PreparedGenotype[Locus.values().length][];
        loci.forEach((locus, genotypes) -> {
            List<PreparedGenotype> prepared = new ArrayList<>();
            for (Genotype genotype : genotypes) {
                PositionProfile first = new ProfileBuilder(release, ids).build(genotype.first());
                PositionProfile second = genotype.second().equals(genotype.first())
                        ? first
                        : new ProfileBuilder(release, ids).build(genotype.second());
                prepared.add(new PreparedGenotype(first, second));
            }
            byLocus[locus.ordinal()] = prepared.toArray(PreparedGenotype[]::new);
        });
        return new PreparedTyping(this, typing.text(), byLocus);
    }

    /** Compares at all six loci. */
    public MatchResult match(PreparedTyping patient, PreparedTyping donor) {
        return match(patient, donor, Locus.TWELVE);
    }

    /** Compares at the given loci, in locus order; a locus untyped on either side is reported as untyped. */
    public MatchResult match(PreparedTyping patient, PreparedTyping donor, Set<Locus> loci) {
        if (patient.owner() != this || donor.owner() != this) {
            throw new IllegalArgumentException("typings prepared by another HlaMatcher cannot be compared here");
        }
        List<LocusMatch> results = new ArrayList<>(loci.size());
        for (Locus locus : Locus.values()) {
            if (!loci.contains(locus)) {
                continue;
            }
            PreparedGenotype[] p = patient.at(locus);
            PreparedGenotype[] d = donor.at(locus);
            if (p == null || d == null) {
                results.add(new LocusMatch.Untyped(locus, p != null, d != null));
            } else {
                results.add(LocusComparison.compare(locus, p, d));
            }
        }
        return new MatchResult(results);
    }
}
