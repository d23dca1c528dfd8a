package org.genobay.omics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.genobay.accounts.CurrentUser;
import org.genobay.audit.AccessAudit;
import org.genobay.biobank.Participants;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.genobay.variants.CaseControlCounts;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;
import org.genobay.variants.InvalidQueryException;
import org.genobay.variants.Region;
import org.genobay.variants.Variant;
import org.genobay.variants.VariantKey;
import org.genobay.variants.VariantStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Region search and variant look-up over a ready dataset: counts overall, and for a variant by population, where a
 * sample's population is that of the participant whose genome sample ID it is. The samples of participants who
 * withdrew, or withdrew consent to genetic analysis, are left out of every count from the moment the withdrawal is
 * recorded (the cohort is the dataset's samples minus theirs, asked of the biobank at each query). Every query is one
 * entry in the access log, in the query's transaction.
 */
@Service
@Transactional(readOnly = true)
public class VariantQueries {

    /** The group of a dataset's samples that no participant of the institution claims. */
    public static final String UNLINKED = "unlinked";

    /** The group of samples whose participant has no population recorded. */
    public static final String UNKNOWN = "unknown";

    /** The access-log action of a region or variant query; the entry's subject is {@link #auditSubject}. */
    static final String AUDIT_ACTION = "VARIANT_QUERY";

    /** At most this many variants of a region are listed; the rest are counted. */
    static final int REGION_LIMIT = 1000;

    private final Genes genes;
    private final VariantDatasets datasets;
    private final VariantStore store;
    private final Participants participants;
    private final AccessAudit audit;
    private final Map<String, Dataset> opened = new ConcurrentHashMap<>();

    VariantQueries(
            VariantDatasets datasets, VariantStore store, Participants participants, AccessAudit audit, Genes genes) {
        this.genes = genes;
        this.datasets = datasets;
        this.store = store;
        this.participants = participants;
        this.audit = audit;
    }

    /** One variant with its counts over all samples of the dataset. */
    public record VariantRow(String key, String chrom, int pos, String id, String ref, String alt, Frequency all) {

        static VariantRow of(Variant v, Frequency all) {
            return new VariantRow(v.key(), v.chrom(), v.pos(), v.id(), v.ref(), v.alt(), all);
        }
    }

    /**
     * The variants of a region, in position order.
     *
     * @param total how many variants the region holds; {@code variants} lists the first {@value #REGION_LIMIT}
     * @param excludedSamples how many of the dataset's samples are left out because their participant withdrew
     */
    public record RegionResult(
            String dataset,
            String region,
            long total,
            boolean truncated,
            List<VariantRow> variants,
            int excludedSamples) {}

    /**
     * One variant overall and in each population (then {@link #UNKNOWN}, then {@link #UNLINKED}).
     *
     * @param linkedSamples how many counted samples belong to a participant
     * @param excludedSamples how many of the dataset's samples are left out because their participant withdrew
     */
    public record VariantFrequencies(
            VariantRow variant, List<Frequency> populations, int linkedSamples, int excludedSamples) {}

    @Transactional
    public RegionResult region(long datasetId, String regionText, CurrentUser user) {
        VariantDataset dataset = ready(datasetId, user);
        Region region = parseRegion(regionText);
        Dataset stored = open(dataset);
        Set<String> excluded = excluded(stored, user);
        Cohort all = counted(stored, excluded);
        List<VariantRow> rows = new ArrayList<>();
        long[] total = {0};
        stored.forEachInRegion(region, all, vc -> {
            if (total[0]++ < REGION_LIMIT) {
                rows.add(VariantRow.of(vc.variant(), Frequency.of("all", all.size(), vc.counts())));
            }
        });
        record(user, datasetId, "region " + region + ": " + total[0] + " variants", excluded);
        return new RegionResult(
                dataset.name(), region.toString(), total[0], total[0] > rows.size(), rows, excluded.size());
    }

    /** The variants a key names: one for chrom-pos-ref-alt, possibly several for an rsID. */
    @Transactional
    public List<VariantFrequencies> variant(long datasetId, String keyText, CurrentUser user) {
        VariantDataset dataset = ready(datasetId, user);
        VariantKey key = parseKey(keyText);
        Dataset stored = open(dataset);
        List<Variant> found = find(stored, key, dataset);
        Set<String> excluded = excluded(stored, user);
        Map<String, List<String>> groups = populations(stored, excluded, user);
        int linked = groups.entrySet().stream()
                .filter(e -> !e.getKey().equals(UNLINKED))
                .mapToInt(e -> e.getValue().size())
                .sum();
        Map<String, Cohort> cohorts = new TreeMap<>(VariantQueries::groupOrder);
        groups.forEach((group, samples) -> cohorts.put(group, stored.cohort(samples)));
        Cohort all = counted(stored, excluded);
        List<VariantFrequencies> result = found.stream()
                .map(v -> new VariantFrequencies(
                        VariantRow.of(v, Frequency.of("all", all.size(), stored.counts(v, all))),
                        cohorts.entrySet().stream()
                                .map(e -> Frequency.of(e.getKey(), e.getValue().size(), stored.counts(v, e.getValue())))
                                .toList(),
                        linked,
                        excluded.size()))
                .toList();
        record(user, datasetId, "variant " + key + ": " + found.size() + " found", excluded);
        return result;
    }

    /**
     * Checks that the key names a variant of the dataset, counting nothing: for the look-up form, which then shows the
     * variant page, whose query is the one recorded.
     */
    void requireVariant(long datasetId, String keyText, CurrentUser user) {
        VariantDataset dataset = ready(datasetId, user);
        find(open(dataset), parseKey(keyText), dataset);
    }

    /** The access-log subject of a variant dataset's queries, so that one subject query gives a dataset's history. */
    static String auditSubject(long datasetId) {
        return "omics-dataset:" + datasetId;
    }

    private void record(CurrentUser user, long datasetId, String what, Set<String> excluded) {
        audit.record(
                user,
                AUDIT_ACTION,
                auditSubject(datasetId),
                what + "; " + excluded.size() + " withdrawn samples excluded; why: variant query");
    }

    private static VariantKey parseKey(String keyText) {
        try {
            return VariantKey.parse(keyText == null ? "" : keyText);
        } catch (InvalidQueryException e) {
            throw new InvalidInputException("key", "key: " + e.getMessage());
        }
    }

    private static List<Variant> find(Dataset stored, VariantKey key, VariantDataset dataset) {
        List<Variant> found = stored.find(key);
        if (found.isEmpty()) {
            throw new NotFoundException("variant (key)", "'" + key + "' in dataset '" + dataset.name() + "'");
        }
        return found;
    }

    /** The dataset's samples whose participant withdrew, or withdrew consent to genetic analysis, as of now. */
    private Set<String> excluded(Dataset stored, CurrentUser user) {
        Set<String> withdrawn = participants.genomeSamplesWithdrawn(user);
        if (withdrawn.isEmpty()) {
            return Set.of();
        }
        return stored.sampleIds().stream().filter(withdrawn::contains).collect(Collectors.toUnmodifiableSet());
    }

    /** The cohort a query counts: the dataset's samples minus the excluded ones. */
    private static Cohort counted(Dataset stored, Set<String> excluded) {
        if (excluded.isEmpty()) {
            return stored.allSamples();
        }
        return stored.cohort(
                stored.sampleIds().stream().filter(s -> !excluded.contains(s)).toList());
    }

    /**
     * One variant in a cohort of the dataset's samples and in the rest of them, with Fisher's exact two-sided p-value
     * of the allelic 2×2 table (cohort ALT/REF against rest ALT/REF).
     */
    public record CohortComparison(VariantRow variant, Frequency cohort, Frequency rest, double fisherP) {}

    /**
     * The samples of the dataset that carry the variant's ALT allele (heterozygous, homozygous or haploid), but those
     * whose participant withdrew consent to genetic analysis.
     */
    public Set<String> carriers(long datasetId, String keyText, CurrentUser user) {
        Dataset stored = open(ready(datasetId, user));
        Cohort counted = counted(stored, excluded(stored, user));
        Set<String> found = new HashSet<>();
        for (Variant v : find(stored, datasetId, keyText, user)) {
            found.addAll(stored.carriers(v, counted).all());
        }
        return Set.copyOf(found);
    }

    /**
     * The samples carrying any variant of the region whose allele frequency over the dataset's samples is below
     * {@code maxAf} (a "qualifying" variant: rare in the cohort of the store; variants never called are skipped). Samples
     * whose participant withdrew consent to genetic analysis are neither counted nor returned.
     */
    public Set<String> carriersOfRare(long datasetId, String regionText, double maxAf, CurrentUser user) {
        Dataset stored = open(ready(datasetId, user));
        Region region = parseRegion(regionText);
        Cohort all = counted(stored, excluded(stored, user));
        Set<String> found = new HashSet<>();
        stored.forEachInRegion(region, all, vc -> {
            if (vc.counts().ac() > 0 && vc.counts().an() > 0 && vc.counts().af() < maxAf) {
                found.addAll(stored.carriers(vc.variant(), all).all());
            }
        });
        return Set.copyOf(found);
    }

    /**
     * The variants of a region (at most {@value #REGION_LIMIT}) or the variants a key names, each in the cohort of the
     * given samples (those the dataset lacks are left out) against every other sample of the dataset.
     *
     * @param regionText CHROM:START-END, or empty when {@code keyText} names the variant
     */
    public List<CohortComparison> compare(
            long datasetId,
            Optional<String> regionText,
            Optional<String> keyText,
            Collection<String> cohortSamples,
            CurrentUser user) {
        Dataset stored = open(ready(datasetId, user));
        Set<String> excluded = excluded(stored, user);
        Set<String> inCohort = new HashSet<>(cohortSamples);
        List<String> cases = new ArrayList<>();
        List<String> controls = new ArrayList<>();
        for (String sample : stored.sampleIds()) {
            if (!excluded.contains(sample)) {
                (inCohort.contains(sample) ? cases : controls).add(sample);
            }
        }
        Cohort caseCohort = stored.cohort(cases);
        Cohort controlCohort = stored.cohort(controls);
        Cohort all = counted(stored, excluded);
        List<Variant> variants = new ArrayList<>();
        if (regionText.isPresent()) {
            stored.forEachInRegion(parseRegion(regionText.get()), all, vc -> {
                if (variants.size() < REGION_LIMIT) {
                    variants.add(vc.variant());
                }
            });
        } else {
            variants.addAll(find(stored, datasetId, keyText.orElse(""), user));
        }
        return variants.stream()
                .map(v -> {
                    CaseControlCounts table = stored.caseControl(v, caseCohort, controlCohort);
                    return new CohortComparison(
                            VariantRow.of(v, Frequency.of("all", all.size(), stored.counts(v, all))),
                            Frequency.of("cohort", cases.size(), stored.counts(v, caseCohort)),
                            Frequency.of("rest", controls.size(), stored.counts(v, controlCohort)),
                            table.fisherP());
                })
                .toList();
    }

    private List<Variant> find(Dataset stored, long datasetId, String keyText, CurrentUser user) {
        VariantKey key;
        try {
            key = VariantKey.parse(keyText == null ? "" : keyText);
        } catch (InvalidQueryException e) {
            throw new InvalidInputException("variant", "variant: " + e.getMessage());
        }
        List<Variant> found = stored.find(key);
        if (found.isEmpty()) {
            throw new InvalidInputException("variant", "variant '" + key + "' is not in variant dataset " + datasetId);
        }
        return found;
    }

    /** Populations in alphabetical order, then samples of participants without one, then unlinked samples. */
    private static int groupOrder(String a, String b) {
        return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
    }

    private static int rank(String group) {
        return group.equals(UNLINKED) ? 2 : group.equals(UNKNOWN) ? 1 : 0;
    }

    /** The dataset's samples, but the excluded ones, grouped by their participant's population. */
    private Map<String, List<String>> populations(Dataset stored, Set<String> excluded, CurrentUser user) {
        Map<String, Optional<String>> bySample = new java.util.HashMap<>();
        participants.genomeSamples(user).forEach(s -> bySample.put(s.sampleId(), s.population()));
        Map<String, List<String>> groups = new TreeMap<>();
        for (String sample : stored.sampleIds()) {
            if (excluded.contains(sample)) {
                continue;
            }
            Optional<String> population = bySample.get(sample);
            String group = population == null ? UNLINKED : population.orElse(UNKNOWN);
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(sample);
        }
        return groups;
    }

    private VariantDataset ready(long datasetId, CurrentUser user) {
        OmicsRoles.requireRead(user, "query variant datasets");
        VariantDataset dataset = datasets.find(datasetId, user);
        if (dataset.status() != DatasetStatus.READY) {
            throw new ConflictException(
                    "dataset-not-ready",
                    "variant dataset '" + dataset.name() + "' is " + dataset.status() + ", not READY; query it when"
                            + " its ingest has finished");
        }
        return dataset;
    }

    private Dataset open(VariantDataset dataset) {
        return opened.computeIfAbsent(dataset.storeName(), store::dataset);
    }

    /**
     * CHROM:START-END, or a gene symbol or Ensembl gene id of the bundled gene table.
     *
     * @throws InvalidInputException (field {@code region}) naming what is wrong with the text
     */
    public Region parseRegion(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(
                    "region", "region: give CHROM:START-END, e.g. 22:16050000-16060000, or a gene, e.g. APOL1");
        }
        if (!text.contains(":")) {
            return genes.region(text.strip())
                    .orElseThrow(() -> new InvalidInputException(
                            "region",
                            "region: '" + text.strip() + "' is neither CHROM:START-END nor a gene of the gene table"
                                    + " (GRCh37 chromosome 22, Ensembl 75)"));
        }
        try {
            return Region.parse(text);
        } catch (InvalidQueryException e) {
            throw new InvalidInputException("region", "region: " + e.getMessage());
        }
    }
}
