package org.genobay.donors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genobay.hla.match.CordBloodRules;
import org.genobay.hla.match.CordMatch;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.MatchResult;
import org.genobay.hla.match.PreparedTyping;
import org.genobay.hla.probability.Imputation;
import org.genobay.hla.probability.MatchProbability;
import org.genobay.hla.probability.MismatchProbabilities;
import org.genobay.hla.search.DonorIndex;
import org.genobay.hla.search.DonorKind;
import org.genobay.hla.search.DonorSearch;
import org.genobay.hla.search.SearchResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the candidates of a search: the only place that knows how. It searches a {@link DonorIndex} of the
 * institution's AVAILABLE donors and RELEASED units (per locus, each distinct typing compared once, then bitmap
 * algebra; exact, see {@code org.genobay.hla.search}), and adds what the index does not know: the cord-blood count of
 * units and the match probability. The index gives every qualifying candidate, unranked as far as the app is
 * concerned: {@link DonorSearches} ranks them (its ranking starts with the index's and adds cord count and dose).
 *
 * <p>Three caches: prepared typings and, with a haplotype frequency table, imputed genotypes, both by typing id (a
 * typing row never changes, so those never go stale), and each institution's candidates with their index, dropped
 * when a donor or unit of the institution changes, again once the change commits, so a search running meanwhile
 * cannot put the old index back for long.
 */
@Component
class DonorSearchEngine {

    private final DonorRepository donors;
    private final CordBloodUnitRepository units;
    private final HlaTypingRepository typings;
    private final HlaTypings hla;
    private final HaplotypeTable frequencies;
    private final Map<Long, PreparedTyping> prepared = new ConcurrentHashMap<>();
    private final Map<Long, Optional<MatchProbability.Prepared>> imputed = new ConcurrentHashMap<>();
    private final Map<Long, Pool> byInstitution = new ConcurrentHashMap<>();

    DonorSearchEngine(
            DonorRepository donors,
            CordBloodUnitRepository units,
            HlaTypingRepository typings,
            HlaTypings hla,
            HaplotypeTable frequencies) {
        this.donors = donors;
        this.units = units;
        this.typings = typings;
        this.hla = hla;
        this.frequencies = frequencies;
    }

    /** A donor or unit that may be searched, with its current typing prepared. */
    record Candidate(
            CandidateKind kind,
            String id,
            long typingId,
            String gl,
            PreparedTyping typing,
            Optional<BigDecimal> tnc,
            Optional<BigDecimal> cd34) {}

    /** An institution's candidates and their index; the index id of a candidate is its position in the list. */
    record Pool(List<Candidate> candidates, DonorIndex index) {}

    /** A candidate within the mismatch limit, with its comparison. */
    record Hit(
            Candidate candidate,
            MatchResult match,
            int mismatches,
            Optional<CordMatch> cord,
            Optional<MatchOdds> odds) {}

    /**
     * What a search's match probabilities are computed from: the patient's imputation and the searched loci the table
     * has; empty, with the note saying why, when there is no table or the table cannot explain the patient's typing.
     */
    record PatientOdds(Optional<Imputed> patient, String note) {}

    record Imputed(MatchProbability probability, MatchProbability.Prepared genotypes, List<String> loci) {}

    /** Imputes the patient's typing for the probabilities of a search at the given loci. */
    PatientOdds patientOdds(String gl, Set<Locus> loci) {
        Optional<HaplotypeTable.Loaded> loaded = frequencies.loaded();
        if (loaded.isEmpty()) {
            return new PatientOdds(Optional.empty(), frequencies.missing());
        }
        HaplotypeTable.Loaded table = loaded.get();
        List<String> tableLoci = table.imputation().table().loci();
        List<String> counted = tableLoci.stream()
                .filter(l -> loci.stream().anyMatch(locus -> locus.name().equals(l)))
                .toList();
        List<String> left = loci.stream()
                .map(Locus::name)
                .filter(l -> !tableLoci.contains(l))
                .sorted()
                .toList();
        if (counted.isEmpty()) {
            return new PatientOdds(
                    Optional.empty(), table.description() + " has none of the searched loci: no match probability");
        }
        Imputation imputation = table.imputation().impute(hla.parse("typing", gl));
        if (imputation instanceof Imputation.NoConsistentGenotype none) {
            return new PatientOdds(
                    Optional.empty(),
                    "no match probability: no pair of haplotypes of " + table.description()
                            + " explains the patient's typing (" + none.reason() + ")");
        }
        Imputation.Imputed patient = (Imputation.Imputed) imputation;
        String note = "from " + table.description() + ", at " + String.join(", ", counted)
                + (left.isEmpty() ? "" : " (" + String.join(", ", left) + " not in the table)");
        return new PatientOdds(
                Optional.of(new Imputed(table.probability(), table.probability().prepare(patient), counted)), note);
    }

    /**
     * The candidates of the kinds wanted with at most {@code maxMismatches} mismatched positions over the loci (a locus
     * untyped on either side counts as neither), in no particular order.
     */
    List<Hit> candidates(
            long institutionId,
            PreparedTyping patient,
            Set<Locus> loci,
            int maxMismatches,
            Set<CandidateKind> kinds,
            PatientOdds odds) {
        Pool pool = pool(institutionId);
        if (pool.candidates().isEmpty()) {
            return List.of();
        }
        Set<DonorKind> wanted = kinds.stream().map(DonorSearchEngine::indexKind).collect(Collectors.toSet());
        // no limit: every qualifying candidate comes back, and the app's ranking orders them
        SearchResult found = new DonorSearch(pool.index())
                .search(new org.genobay.hla.search.SearchRequest(
                        patient, loci, maxMismatches, wanted, pool.candidates().size()));
        List<Hit> hits = new ArrayList<>(found.candidates().size());
        for (org.genobay.hla.search.Candidate indexed : found.candidates()) {
            Candidate candidate = pool.candidates().get((int) indexed.donorId());
            Optional<CordMatch> cord = candidate.kind() == CandidateKind.UNIT
                    ? Optional.of(CordBloodRules.match(patient, candidate.typing()))
                    : Optional.empty();
            hits.add(new Hit(
                    candidate,
                    indexed.match(),
                    indexed.mismatches(),
                    cord,
                    odds.patient().flatMap(p -> odds(p, candidate))));
        }
        return hits;
    }

    private static DonorKind indexKind(CandidateKind kind) {
        return kind == CandidateKind.UNIT ? DonorKind.CORD_BLOOD_UNIT : DonorKind.DONOR;
    }

    /** P(0) and P(≤1) mismatches; empty when the table explains no genotype of the candidate's typing. */
    private Optional<MatchOdds> odds(Imputed patient, Candidate candidate) {
        return imputed.computeIfAbsent(candidate.typingId(), id -> imputeCandidate(candidate))
                .map(genotypes -> {
                    MismatchProbabilities p =
                            patient.probability().compute(patient.genotypes(), genotypes, patient.loci());
                    double none = Math.min(1, p.mismatches(0));
                    return new MatchOdds(none, Math.min(1, none + p.mismatches(1)));
                });
    }

    private Optional<MatchProbability.Prepared> imputeCandidate(Candidate candidate) {
        return frequencies.loaded().flatMap(table -> {
            Imputation imputation =
                    table.imputation().impute(hla.parse("typing " + candidate.typingId(), candidate.gl()));
            return imputation instanceof Imputation.Imputed i
                    ? Optional.of(table.probability().prepare(i))
                    : Optional.empty();
        });
    }

    /** Forgets the institution's candidate list now and once the current transaction commits. */
    void changed(long institutionId) {
        byInstitution.remove(institutionId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byInstitution.remove(institutionId);
                }
            });
        }
    }

    /** The institution's current candidates: AVAILABLE donors and RELEASED units, with their typings prepared. */
    List<Candidate> candidates(long institutionId) {
        return pool(institutionId).candidates();
    }

    private Pool pool(long institutionId) {
        return byInstitution.computeIfAbsent(institutionId, id -> index(load(id)));
    }

    private Pool index(List<Candidate> candidates) {
        DonorIndex.Builder builder = hla.indexBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            builder.add(i, indexKind(candidate.kind()), candidate.typing());
        }
        return new Pool(candidates, builder.build());
    }

    private List<Candidate> load(long institutionId) {
        List<Candidate> loaded = new ArrayList<>();
        Map<Long, Donor> available = donors.findByInstitutionIdAndStatus(institutionId, DonorStatus.AVAILABLE).stream()
                .collect(Collectors.toMap(Donor::id, Function.identity()));
        for (HlaTyping typing : typings.currentDonorTypings(institutionId)) {
            Donor donor = available.get(typing.donorId().orElseThrow());
            if (donor != null) {
                loaded.add(new Candidate(
                        CandidateKind.DONOR,
                        donor.registryId(),
                        typing.id(),
                        typing.gl(),
                        prepare(typing),
                        Optional.empty(),
                        Optional.empty()));
            }
        }
        Map<Long, CordBloodUnit> released =
                units.findByInstitutionIdAndStatus(institutionId, UnitStatus.RELEASED).stream()
                        .collect(Collectors.toMap(CordBloodUnit::id, Function.identity()));
        for (HlaTyping typing : typings.currentUnitTypings(institutionId)) {
            CordBloodUnit unit = released.get(typing.unitId().orElseThrow());
            if (unit != null) {
                loaded.add(new Candidate(
                        CandidateKind.UNIT,
                        unit.unitId(),
                        typing.id(),
                        typing.gl(),
                        prepare(typing),
                        Optional.of(unit.tnc()),
                        Optional.of(unit.cd34())));
            }
        }
        return List.copyOf(loaded);
    }

    private PreparedTyping prepare(HlaTyping typing) {
        return prepared.computeIfAbsent(typing.id(), id -> hla.prepare("typing " + id, typing.gl()));
    }
}
