package org.genobay.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.genobay.biobank.Sex;
import org.genobay.demo.DemoContributor;
import org.genobay.hla.match.CordBloodRules;
import org.genobay.hla.match.Locus;
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.MatchResult;
import org.genobay.hla.match.PositionMatch;
import org.genobay.hla.match.PreparedTyping;
import org.genobay.testing.DatabaseIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's index-based candidates against the scan it replaced: every AVAILABLE donor and RELEASED unit compared
 * with the patient by {@code HlaMatcher.match} itself, kept when its mismatches are within the limit. Registry: the
 * demo's 300 donors and 40 units (three resolutions, some unavailable or not released) and a few donors typed at DPB1
 * or untyped at C; patients: typings of other demo people, of every resolution, and registry members themselves.
 */
class DonorSearchIndexIT extends DatabaseIT {

    private static final List<Set<Locus>> LOCUS_SETS = List.of(Locus.SIX, Locus.EIGHT, Locus.TEN, Locus.TWELVE);
    private static final List<Set<CandidateKind>> KINDS = List.of(
            EnumSet.allOf(CandidateKind.class), EnumSet.of(CandidateKind.DONOR), EnumSet.of(CandidateKind.UNIT));
    private static final DonorSearchEngine.PatientOdds NO_ODDS =
            new DonorSearchEngine.PatientOdds(Optional.empty(), "none");

    @Autowired
    DonorsDemo demo;

    @Autowired
    Donors donors;

    @Autowired
    DonorSearchEngine engine;

    @Autowired
    HlaTypings hla;

    @Autowired
    TransactionTemplate transaction;

    @BeforeAll
    static void releaseStaged() {
        String dir = System.getProperty("genobay.hla.imgt-dir", "");
        assumeTrue(!dir.isEmpty() && Files.isDirectory(Path.of(dir)), "no IMGT/HLA release staged at '" + dir + "'");
    }

    @Test
    void theIndexFindsExactlyWhatTheScanFindsWithTheSameComparisons() {
        var institution = institution();
        CurrentUser staff = user(institution, Role.BIOBANK_STAFF);
        transaction.executeWithoutResult(t -> {
            demo.contribute(new DemoContributor.Demo(staff, user(institution, Role.CLINICIAN), List.of()));
            register("DP-1", "A*01:01+A*03:01^B*08:01+B*07:02^DRB1*03:01+DRB1*15:01^DPB1*04:01+DPB1*02:01", staff);
            register("DP-2", "A*01:01+A*02:01^B*08:01+B*07:02^C*07:01+C*07:02^DPB1*04:01+DPB1*09:01", staff);
            register("DP-3", "A*02:01+A*02:01^B*44:02+B*07:02^DRB1*04:01+DRB1*15:01^DQB1*03:01+DQB1*06:02", staff);
        });
        List<DonorSearchEngine.Candidate> pool = engine.candidates(staff.institutionId());
        assertThat(pool).hasSize(candidatesInTheRegistry(staff));

        List<String> patients = new ArrayList<>();
        DemoTypings others = new DemoTypings(7L);
        for (DemoTypings.Resolution resolution : DemoTypings.Resolution.values()) {
            for (int i = 0; i < 8; i++) {
                patients.add(DemoTypings.typing(others.person(), resolution));
            }
        }
        for (int i = 0; i < pool.size(); i += 23) {
            patients.add(pool.get(i).gl());
        }
        patients.add("A*01:01+A*03:01^B*08:01+B*07:02^C*07:01+C*07:02^DRB1*03:01+DRB1*15:01^DPB1*04:01+DPB1*02:01");

        int searches = 0;
        int found = 0;
        for (String gl : patients) {
            PreparedTyping patient = hla.prepare("typing", gl);
            for (Set<Locus> loci : LOCUS_SETS) {
                for (int k = 0; k <= 2; k++) {
                    for (Set<CandidateKind> kinds : KINDS) {
                        List<DonorSearchEngine.Hit> indexed =
                                engine.candidates(staff.institutionId(), patient, loci, k, kinds, NO_ODDS);
                        assertThat(byId(indexed))
                                .as("%s at %s, at most %d mismatches, %s", gl, loci, k, kinds)
                                .isEqualTo(byId(scan(pool, patient, loci, k, kinds)));
                        assertThat(indexed)
                                .as("the index's order agrees with the first keys of the app's ranking")
                                .isSortedAccordingTo(APP_RANKING_FIRST_KEYS);
                        searches++;
                        found += indexed.size();
                    }
                }
            }
        }
        assertThat(searches).isEqualTo(patients.size() * LOCUS_SETS.size() * 3 * KINDS.size());
        // a comparison of empty results would prove nothing
        assertThat(found).isGreaterThan(searches);
    }

    /** The reference: the scan the engine did before the index. */
    private List<DonorSearchEngine.Hit> scan(
            List<DonorSearchEngine.Candidate> pool,
            PreparedTyping patient,
            Set<Locus> loci,
            int maxMismatches,
            Set<CandidateKind> kinds) {
        List<DonorSearchEngine.Hit> hits = new ArrayList<>();
        for (DonorSearchEngine.Candidate candidate : pool) {
            if (!kinds.contains(candidate.kind())) {
                continue;
            }
            MatchResult match = hla.matcher().match(patient, candidate.typing(), loci);
            int mismatches = match.loci().stream()
                    .filter(LocusMatch.Compared.class::isInstance)
                    .mapToInt(l -> ((LocusMatch.Compared) l).mismatches())
                    .sum();
            if (mismatches <= maxMismatches) {
                hits.add(new DonorSearchEngine.Hit(
                        candidate,
                        match,
                        mismatches,
                        candidate.kind() == CandidateKind.UNIT
                                ? Optional.of(CordBloodRules.match(patient, candidate.typing()))
                                : Optional.empty(),
                        Optional.empty()));
            }
        }
        return hits;
    }

    /** Mismatches, untyped loci, then grades and confidences, best first: how {@link DonorSearches} ranks first. */
    private static final Comparator<DonorSearchEngine.Hit> APP_RANKING_FIRST_KEYS = Comparator.comparingInt(
                    DonorSearchEngine.Hit::mismatches)
            .thenComparingInt(h -> (int) h.match().loci().stream()
                    .filter(LocusMatch.Untyped.class::isInstance)
                    .count())
            .thenComparingInt(h -> -positionSum(h, p -> p.grade().ordinal()))
            .thenComparingInt(h -> -positionSum(h, p -> p.confidence().ordinal()));

    private static int positionSum(DonorSearchEngine.Hit hit, java.util.function.ToIntFunction<PositionMatch> value) {
        return hit.match().loci().stream()
                .filter(LocusMatch.Compared.class::isInstance)
                .flatMap(l -> ((LocusMatch.Compared) l).positions().stream())
                .mapToInt(value)
                .sum();
    }

    private static Map<String, DonorSearchEngine.Hit> byId(List<DonorSearchEngine.Hit> hits) {
        return hits.stream().collect(Collectors.toMap(h -> h.candidate().id(), Function.identity()));
    }

    private int candidatesInTheRegistry(CurrentUser staff) {
        return (int) donors.page(Optional.empty(), Optional.empty(), 0, 1000, staff).donors().stream()
                        .filter(d -> d.status() == DonorStatus.AVAILABLE)
                        .count()
                + (int) units.list(staff).stream()
                        .filter(u -> u.status() == UnitStatus.RELEASED)
                        .count();
    }

    @Autowired
    CordBloodUnits units;

    private void register(String id, String gl, CurrentUser staff) {
        donors.register(
                id,
                new DonorDetails(
                        Sex.FEMALE,
                        Optional.of(1990),
                        Optional.empty(),
                        Optional.empty(),
                        DonorStatus.AVAILABLE,
                        Optional.empty()),
                new TypingSource(gl, Optional.empty(), Optional.empty(), Optional.empty()),
                staff);
    }
}
