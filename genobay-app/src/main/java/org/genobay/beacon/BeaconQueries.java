package org.genobay.beacon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Participants.ConsentingParticipant;
import org.genobay.omics.Genes;
import org.genobay.omics.SharedVariants;
import org.genobay.omics.SharedVariants.CarriedVariant;
import org.genobay.sharing.Access;
import org.genobay.sharing.DataAccess;
import org.genobay.sharing.DatasetKind;
import org.genobay.sharing.Granularity;
import org.genobay.sharing.SharedDataset;
import org.genobay.sharing.SmallCountRule;
import org.genobay.variants.Region;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the entry-type queries (g_variants, individuals, biosamples, and those reached from a dataset or a cohort)
 * dataset by dataset, each within what {@link DataAccess} allows the caller now:
 *
 * <ol>
 *   <li>the requested granularity is downgraded to the dataset's; a dataset that allows nothing is left out, and a
 *       query keyed by a person or a sample id is answered only by datasets whose records the caller may see, so that
 *       guessing ids teaches nothing;
 *   <li>the participants are the {@link org.genobay.sharing.Reach} where the caller may see records (the access log
 *       records that use), otherwise the owner's participants who have not withdrawn, counted but never shown;
 *   <li>a count below the {@link SmallCountRule}'s threshold turns that dataset's answer into a boolean one.
 * </ol>
 */
@Service
@Transactional
class BeaconQueries {

    private final DataAccess access;
    private final Participants participants;
    private final SharedVariants variants;
    private final BeaconFilters filters;
    private final SmallCountRule smallCounts;
    private final Genes genes;

    BeaconQueries(
            DataAccess access,
            Participants participants,
            SharedVariants variants,
            BeaconFilters filters,
            SmallCountRule smallCounts,
            Genes genes) {
        this.access = access;
        this.participants = participants;
        this.variants = variants;
        this.filters = filters;
        this.smallCounts = smallCounts;
        this.genes = genes;
    }

    /** The datasets that serve an entry type, each with what the caller may learn; NONE left out. */
    List<Access> datasets(EntryType type, Set<Long> ids, Optional<CurrentUser> user) {
        return access.access(user).stream()
                .filter(a -> a.granularity() != Granularity.NONE)
                .filter(a -> ids.isEmpty() || ids.contains(a.datasetId()))
                .filter(a -> serves(a.dataset().kind(), type))
                .toList();
    }

    List<DatasetAnswer> answer(EntryPath path, BeaconRequest request, Optional<CurrentUser> user) {
        filters.check(request.filters());
        EntryType answered = path.answered();
        VariantQuery query = answered == EntryType.G_VARIANTS
                        && path.base() == EntryType.G_VARIANTS
                        && path.id().isPresent()
                ? variantById(path.id().get())
                : answered == EntryType.G_VARIANTS ? VariantQuery.of(request.parameters(), genes) : VariantQuery.ALL;
        Set<Long> ids = new HashSet<>(request.datasetIds());
        if (path.base() == EntryType.DATASETS || path.base() == EntryType.COHORTS) {
            Optional<Long> id = path.id().filter(i -> i.matches("[0-9]{1,18}")).map(Long::parseLong);
            if (id.isEmpty() || (!ids.isEmpty() && !ids.contains(id.get()))) {
                return List.of();
            }
            ids = Set.of(id.get());
        }
        List<DatasetAnswer> answers = new ArrayList<>();
        for (Access dataset : datasets(answered, ids, user)) {
            if (path.base() == EntryType.COHORTS && dataset.dataset().kind() != DatasetKind.CLINICAL) {
                continue;
            }
            if (path.base() == EntryType.G_VARIANTS && dataset.dataset().kind() != DatasetKind.VARIANT) {
                continue;
            }
            if (path.personKeyed() && dataset.granularity() != Granularity.RECORD) {
                continue;
            }
            answers.add(answer(dataset, path, query, request, user));
        }
        return answers;
    }

    private DatasetAnswer answer(
            Access dataset, EntryPath path, VariantQuery query, BeaconRequest request, Optional<CurrentUser> user) {
        SharedDataset shared = dataset.dataset();
        Granularity granularity = request.requested().atMost(dataset.granularity());
        List<ConsentingParticipant> people = dataset.granularity() == Granularity.RECORD
                ? access.reach(user.orElseThrow(), shared.id(), "beacon " + path.text())
                        .participants()
                : participants.consentingTo(shared.owner().id(), Set.of());
        people = filters.apply(shared.owner().id(), request.filters(), people);
        if (path.base() == EntryType.INDIVIDUALS && path.id().isPresent()) {
            people = people.stream()
                    .filter(p -> p.studyId().equals(path.id().get()))
                    .toList();
        }
        if (path.base() == EntryType.BIOSAMPLES && path.id().isPresent()) {
            people = people.stream()
                    .filter(p -> p.genomeSampleId().equals(path.id()))
                    .toList();
        }
        List<Map<String, Object>> entries = entries(shared, path, query, people, granularity == Granularity.RECORD);
        long count = entries.size();
        if (granularity == Granularity.COUNT && !smallCounts.disclose(count).exact()) {
            granularity = Granularity.BOOLEAN;
        }
        List<Map<String, Object>> page = granularity == Granularity.RECORD
                ? entries.stream().skip(request.skip()).limit(request.limit()).toList()
                : List.of();
        return new DatasetAnswer(shared, granularity, count > 0, granularity == Granularity.BOOLEAN ? 0 : count, page);
    }

    /** The entries of the answered type among these participants; records are built only when they will be shown. */
    private List<Map<String, Object>> entries(
            SharedDataset dataset,
            EntryPath path,
            VariantQuery query,
            List<ConsentingParticipant> people,
            boolean records) {
        EntryType answered = path.answered();
        if (dataset.kind() != DatasetKind.VARIANT) {
            // A clinical dataset holds individuals only.
            return people.stream()
                    .map(p -> records ? individual(p) : Map.<String, Object>of())
                    .toList();
        }
        long omicsId = dataset.omicsDatasetId().orElseThrow();
        Optional<List<String>> samples = variants.samples(omicsId);
        if (samples.isEmpty()) {
            return List.of();
        }
        Set<String> inDataset = new HashSet<>(samples.get());
        Map<String, ConsentingParticipant> bySample = new LinkedHashMap<>();
        for (ConsentingParticipant p : people) {
            p.genomeSampleId().filter(inDataset::contains).ifPresent(s -> bySample.put(s, p));
        }
        if (path.base() == EntryType.G_VARIANTS && path.id().isPresent() && answered != EntryType.G_VARIANTS) {
            // g_variants/{id}/individuals or /biosamples: the carriers of that variant.
            VariantQuery variant = variantById(path.id().get());
            Set<String> carriers = new HashSet<>();
            carried(omicsId, variant, bySample.keySet(), true).forEach(c -> carriers.addAll(c.carriers()));
            bySample.keySet().retainAll(carriers);
        }
        return switch (answered) {
            case INDIVIDUALS -> bySample.values().stream()
                    .map(p -> records ? individual(p) : Map.<String, Object>of())
                    .toList();
            case BIOSAMPLES -> bySample.entrySet().stream()
                    .map(e -> records ? biosample(e.getKey(), e.getValue()) : Map.<String, Object>of())
                    .toList();
            case G_VARIANTS -> carried(omicsId, query, bySample.keySet(), records).stream()
                    .map(c -> records ? variant(c, bySample) : Map.<String, Object>of())
                    .toList();
            default -> throw new IllegalStateException(answered + " is not answered per dataset");
        };
    }

    private List<CarriedVariant> carried(long omicsId, VariantQuery query, Set<String> samples, boolean withCarriers) {
        return variants.carried(
                        omicsId, query.region(), query.position(), query.ref(), query.alt(), samples, withCarriers)
                .orElse(List.of());
    }

    /** A variant id as this Beacon writes it ({@code 22-16050075-A-G}); any other id matches nothing. */
    static VariantQuery variantById(String id) {
        String[] parts = id.split("-");
        if (parts.length != 4
                || !parts[1].matches("[0-9]{1,9}")
                || !parts[2].matches("[ACGTN]+")
                || !parts[3].matches("[ACGTN]+|<[A-Z0-9:]+>")) {
            throw BeaconException.badRequest(
                    "variant id '" + id + "' is not CHROM-POS-REF-ALT (1-based position), e.g. 22-16050075-A-G");
        }
        int pos = Integer.parseInt(parts[1]);
        return new VariantQuery(
                Optional.of(new Region(parts[0], pos, pos)),
                Optional.of(pos),
                Optional.of(parts[2]),
                Optional.of(parts[3]));
    }

    /** Beacon's coarse classes: SNP, MNP, INDEL, or the symbolic allele's name for structural variants (CN0…). */
    static String variantType(String ref, String alt) {
        if (alt.startsWith("<") && alt.endsWith(">")) {
            return alt.substring(1, alt.length() - 1);
        }
        if (ref.length() == alt.length()) {
            return ref.length() == 1 ? "SNP" : "MNP";
        }
        return "INDEL";
    }

    static boolean serves(DatasetKind kind, EntryType type) {
        return switch (type) {
            case G_VARIANTS, BIOSAMPLES -> kind == DatasetKind.VARIANT;
            case INDIVIDUALS -> kind == DatasetKind.VARIANT || kind == DatasetKind.CLINICAL;
            case COHORTS -> kind == DatasetKind.CLINICAL;
            case DATASETS -> true;
        };
    }

    static Map<String, Object> individual(ConsentingParticipant p) {
        Map<String, Object> individual = new LinkedHashMap<>();
        individual.put("id", p.studyId());
        individual.put("sex", BeaconFilters.SEX.get(p.sex()).json());
        return individual;
    }

    static Map<String, Object> biosample(String sampleId, ConsentingParticipant p) {
        Map<String, Object> biosample = new LinkedHashMap<>();
        biosample.put("id", sampleId);
        biosample.put("individualId", p.studyId());
        biosample.put("biosampleStatus", new BeaconFilters.Term("EFO:0009654", "reference sample").json());
        biosample.put("sampleOriginType", new BeaconFilters.Term("OBI:0000655", "blood specimen").json());
        return biosample;
    }

    static Map<String, Object> variant(CarriedVariant carried, Map<String, ConsentingParticipant> bySample) {
        var v = carried.variant();
        Map<String, Object> interval = new LinkedHashMap<>();
        interval.put("type", "SequenceInterval");
        interval.put("start", Map.of("type", "Number", "value", v.pos() - 1));
        interval.put(
                "end", Map.of("type", "Number", "value", v.pos() - 1 + v.ref().length()));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("type", "SequenceLocation");
        location.put("sequence_id", "GRCh37:" + v.chrom());
        location.put("interval", interval);
        Map<String, Object> variation = new LinkedHashMap<>();
        variation.put("variantType", variantType(v.ref(), v.alt()));
        variation.put("referenceBases", v.ref());
        variation.put("alternateBases", v.alt());
        variation.put("location", location);
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("variantInternalId", v.chrom() + "-" + v.pos() + "-" + v.ref() + "-" + v.alt());
        variant.put("variation", variation);
        if (v.id() != null && v.id().startsWith("rs")) {
            variant.put("identifiers", Map.of("variantAlternativeIds", List.of(Map.of("id", "dbSNP:" + v.id()))));
        }
        Map<String, String> studyIds = new HashMap<>();
        bySample.forEach((sample, p) -> studyIds.put(sample, p.studyId()));
        variant.put(
                "caseLevelData",
                carried.carriers().stream()
                        .map(sample -> Map.of("biosampleId", sample, "individualId", studyIds.get(sample)))
                        .toList());
        return variant;
    }
}
