package org.genobay.beacon;

import java.util.Map;
import java.util.Optional;
import org.genobay.omics.Genes;
import org.genobay.variants.Region;

/**
 * A Beacon variant query as a 1-based region of the store, optionally with the position (1-based) and the alleles a
 * variant must have.
 *
 * <ul>
 *   <li>sequence: {@code referenceName}, {@code start} (0-based), {@code referenceBases}, {@code alternateBases}
 *       ({@code N}: any) — the variant starting at start + 1;
 *   <li>range: {@code referenceName}, {@code start}, {@code end} (0-based, half-open) — variants overlapping it;
 *   <li>gene: {@code geneId} (a symbol or an Ensembl gene id) — variants overlapping the gene.
 * </ul>
 */
record VariantQuery(Optional<Region> region, Optional<Integer> position, Optional<String> ref, Optional<String> alt) {

    /** No variant parameters: every variant (cross-entry paths such as individuals/{id}/g_variants). */
    static final VariantQuery ALL =
            new VariantQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    static VariantQuery of(Map<String, String> p, Genes genes) {
        if (p.containsKey("geneId")) {
            if (p.containsKey("start") || p.containsKey("end") || p.containsKey("referenceName")) {
                throw BeaconException.badRequest(
                        "geneId is a query of its own; give it without referenceName, start or end");
            }
            Region region = genes.region(p.get("geneId"))
                    .orElseThrow(() -> BeaconException.badRequest("unknown geneId '" + p.get("geneId")
                            + "'; this Beacon knows the genes of GRCh37 chromosome 22 (Ensembl 75)"));
            return new VariantQuery(
                    Optional.of(region), Optional.empty(), bases(p, "referenceBases"), bases(p, "alternateBases"));
        }
        if (!p.containsKey("referenceName") && !p.containsKey("start")) {
            if (p.containsKey("referenceBases") || p.containsKey("alternateBases") || p.containsKey("end")) {
                throw BeaconException.badRequest("a variant query needs referenceName and start");
            }
            return ALL;
        }
        if (!p.containsKey("referenceName") || !p.containsKey("start")) {
            throw BeaconException.badRequest(
                    "a sequence or range query needs both referenceName and start (0-based); a gene query geneId");
        }
        String contig = p.get("referenceName").replaceFirst("^chr", "");
        int start = Integer.parseInt(p.get("start"));
        if (p.containsKey("end")) {
            int end = Integer.parseInt(p.get("end"));
            if (end <= start) {
                throw BeaconException.badRequest("end " + end + " must be after start " + start
                        + " (0-based, half-open: start 100, end 101 is one base)");
            }
            return new VariantQuery(
                    Optional.of(new Region(contig, start + 1, end)),
                    Optional.empty(),
                    bases(p, "referenceBases"),
                    bases(p, "alternateBases"));
        }
        if (!p.containsKey("referenceBases") || !p.containsKey("alternateBases")) {
            throw BeaconException.badRequest(
                    "a sequence query needs referenceBases and alternateBases; a range query needs end");
        }
        return new VariantQuery(
                Optional.of(new Region(contig, start + 1, start + 1)),
                Optional.of(start + 1),
                bases(p, "referenceBases"),
                bases(p, "alternateBases"));
    }

    /** The bases, upper case; absent or {@code N} for the alternate allele means any. */
    private static Optional<String> bases(Map<String, String> p, String name) {
        return Optional.ofNullable(p.get(name))
                .map(b -> b.toUpperCase(java.util.Locale.ROOT))
                .filter(b -> !(name.equals("alternateBases") && b.equals("N")));
    }
}
