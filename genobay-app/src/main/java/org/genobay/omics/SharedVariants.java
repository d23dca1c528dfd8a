package org.genobay.omics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;
import org.genobay.variants.Region;
import org.genobay.variants.Variant;
import org.genobay.variants.VariantCounts;
import org.genobay.variants.VariantKey;
import org.genobay.variants.VariantStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Variant look-ups for data sharing (the Beacon, the cohort builder): any institution's dataset, by id, restricted to the samples the
 * caller names. It checks no role and no institution, so call it only behind a sharing decision
 * ({@code org.genobay.sharing.DataAccess}) that chose those samples; it names samples, never participants.
 */
@Service
@Transactional(readOnly = true)
public class SharedVariants {

    private final VariantDatasetRepository datasets;
    private final VariantStore store;
    private final Map<String, Dataset> opened = new ConcurrentHashMap<>();

    SharedVariants(VariantDatasetRepository datasets, VariantStore store) {
        this.datasets = datasets;
        this.store = store;
    }

    /**
     * A variant and the given samples that carry it (heterozygous, homozygous or hemizygous), in dataset order.
     *
     * @param alleleCount alternate alleles among those samples
     */
    public record CarriedVariant(Variant variant, List<String> carriers, int alleleCount) {
        public CarriedVariant {
            carriers = List.copyOf(carriers);
        }
    }

    /** The samples of a ready dataset; empty when the dataset does not exist or is not READY (yet). */
    public Optional<List<String>> samples(long datasetId) {
        return open(datasetId).map(Dataset::sampleIds);
    }

    /**
     * The variants of the region (all of the dataset when none is given) that at least one of the samples carries, in
     * position order, optionally only those at a position (1-based) and with this reference and alternate allele;
     * samples the dataset lacks are ignored. Empty when the dataset does not exist or is not READY. Without
     * {@code withCarriers} the carriers are left empty: telling who carries a variant costs more than whether someone
     * does, and counts need only the latter.
     */
    public Optional<List<CarriedVariant>> carried(
            long datasetId,
            Optional<Region> region,
            Optional<Integer> position,
            Optional<String> ref,
            Optional<String> alt,
            Set<String> samples,
            boolean withCarriers) {
        return open(datasetId).map(stored -> {
            List<String> present =
                    stored.sampleIds().stream().filter(samples::contains).toList();
            List<CarriedVariant> found = new ArrayList<>();
            if (present.isEmpty()) {
                return found;
            }
            Cohort cohort = stored.cohort(present);
            Consumer<VariantCounts> collect = counts -> {
                Variant v = counts.variant();
                if (counts.counts().ac() == 0
                        || position.filter(p -> p != v.pos()).isPresent()
                        || ref.filter(r -> !r.equalsIgnoreCase(v.ref())).isPresent()
                        || alt.filter(a -> !a.equalsIgnoreCase(v.alt())).isPresent()) {
                    return;
                }
                List<String> carriers =
                        withCarriers ? stored.carriers(v, cohort).all() : List.of();
                found.add(new CarriedVariant(v, carriers, counts.counts().ac()));
            };
            region.ifPresentOrElse(
                    r -> stored.forEachInRegion(r, cohort, collect), () -> stored.forEach(cohort, collect));
            return found;
        });
    }

    /**
     * The given samples that carry the ALT allele of a variant the key names (for an ID, of any variant with that ID);
     * samples the dataset lacks are ignored. Empty when the dataset does not exist or is not READY.
     */
    public Optional<Set<String>> carriers(long datasetId, VariantKey key, Set<String> samples) {
        return open(datasetId).map(stored -> {
            Optional<Cohort> cohort = cohortOf(stored, samples);
            Set<String> found = new HashSet<>();
            cohort.ifPresent(c -> stored.find(key)
                    .forEach(v -> found.addAll(stored.carriers(v, c).all())));
            return Set.copyOf(found);
        });
    }

    /**
     * The given samples that carry a variant of the region whose allele frequency <em>among those samples</em> is
     * below {@code maxAf} (variants none of them carries are skipped); samples the dataset lacks are ignored. Empty
     * when the dataset does not exist or is not READY.
     */
    public Optional<Set<String>> carriersOfRare(long datasetId, Region region, double maxAf, Set<String> samples) {
        return open(datasetId).map(stored -> {
            Optional<Cohort> cohort = cohortOf(stored, samples);
            Set<String> found = new HashSet<>();
            cohort.ifPresent(c -> stored.forEachInRegion(region, c, vc -> {
                if (vc.counts().ac() > 0 && vc.counts().an() > 0 && vc.counts().af() < maxAf) {
                    found.addAll(stored.carriers(vc.variant(), c).all());
                }
            }));
            return Set.copyOf(found);
        });
    }

    /** The cohort of the samples the dataset holds; empty when it holds none of them. */
    private static Optional<Cohort> cohortOf(Dataset stored, Set<String> samples) {
        List<String> present =
                stored.sampleIds().stream().filter(samples::contains).toList();
        return present.isEmpty() ? Optional.empty() : Optional.of(stored.cohort(present));
    }

    private Optional<Dataset> open(long datasetId) {
        return datasets.findById(datasetId)
                .filter(d -> d.status() == DatasetStatus.READY)
                .map(d -> opened.computeIfAbsent(d.storeName(), store::dataset));
    }
}
