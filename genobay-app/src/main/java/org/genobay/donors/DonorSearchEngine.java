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
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.MatchResult;
import org.genobay.hla.match.PreparedTyping;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the candidates of a search: the only place that knows how. Today it scans the institution's AVAILABLE donors
 * and RELEASED units with {@link org.genobay.hla.match.HlaMatcher}, over typings prepared once and cached; the
 * bitmap donor index will take its place, behind the same {@link #candidates} method.
 *
 * <p>Two caches: prepared typings by typing id (a typing row never changes, so that one never goes stale) and each
 * institution's candidate list, dropped when a donor or unit of the institution changes, again once the change
 * commits, so a search running meanwhile cannot put the old list back for long.
 */
@Component
class DonorSearchEngine {

    private final DonorRepository donors;
    private final CordBloodUnitRepository units;
    private final HlaTypingRepository typings;
    private final HlaTypings hla;
    private final Map<Long, PreparedTyping> prepared = new ConcurrentHashMap<>();
    private final Map<Long, List<Candidate>> byInstitution = new ConcurrentHashMap<>();

    DonorSearchEngine(
            DonorRepository donors, CordBloodUnitRepository units, HlaTypingRepository typings, HlaTypings hla) {
        this.donors = donors;
        this.units = units;
        this.typings = typings;
        this.hla = hla;
    }

    /** A donor or unit that may be searched, with its current typing prepared. */
    record Candidate(
            CandidateKind kind,
            String id,
            long typingId,
            PreparedTyping typing,
            Optional<BigDecimal> tnc,
            Optional<BigDecimal> cd34) {}

    /** A candidate within the mismatch limit, with its comparison. */
    record Hit(Candidate candidate, MatchResult match, int mismatches, Optional<CordMatch> cord) {}

    /**
     * The candidates of the kinds wanted with at most {@code maxMismatches} mismatched positions over the loci (a locus
     * untyped on either side counts as neither), in no particular order.
     */
    List<Hit> candidates(
            long institutionId, PreparedTyping patient, Set<Locus> loci, int maxMismatches, Set<CandidateKind> kinds) {
        List<Hit> hits = new ArrayList<>();
        for (Candidate candidate : candidates(institutionId)) {
            if (!kinds.contains(candidate.kind())) {
                continue;
            }
            MatchResult match = hla.matcher().match(patient, candidate.typing(), loci);
            int mismatches = match.loci().stream()
                    .filter(LocusMatch.Compared.class::isInstance)
                    .mapToInt(l -> ((LocusMatch.Compared) l).mismatches())
                    .sum();
            if (mismatches <= maxMismatches) {
                Optional<CordMatch> cord = candidate.kind() == CandidateKind.UNIT
                        ? Optional.of(CordBloodRules.match(patient, candidate.typing()))
                        : Optional.empty();
                hits.add(new Hit(candidate, match, mismatches, cord));
            }
        }
        return hits;
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

    private List<Candidate> candidates(long institutionId) {
        return byInstitution.computeIfAbsent(institutionId, this::load);
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
