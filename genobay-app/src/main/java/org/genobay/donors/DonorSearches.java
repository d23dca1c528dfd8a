package org.genobay.donors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.NotFoundException;
import org.genobay.hla.match.LocusMatch;
import org.genobay.hla.match.MatchConfidence;
import org.genobay.hla.match.PositionMatch;
import org.genobay.hla.match.PreparedTyping;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs patient searches, ranks and saves their results, and re-runs them. Ranking: fewest mismatched positions;
 * then fewest loci untyped on either side; then the better grades (sum over positions) and confidences; then, for
 * cord-blood units, the higher cord-blood match count (x/6) and the higher TNC dose per kg. Units below the minimum
 * TNC dose ({@code genobay.donors.min-tnc-per-kg}, default 2.5 ×10^7/kg) are flagged, not hidden: a transplant
 * centre may still combine two units.
 */
@Service
@Transactional
public class DonorSearches {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DonorSearchEngine engine;
    private final HlaTypings hla;
    private final DonorSearchRepository searches;
    private final DonorSearchResultRepository results;
    private final HlaTypingRepository typings;
    private final BigDecimal minTncPerKg;
    private final Clock clock;

    DonorSearches(
            DonorSearchEngine engine,
            HlaTypings hla,
            DonorSearchRepository searches,
            DonorSearchResultRepository results,
            HlaTypingRepository typings,
            @Value("${genobay.donors.min-tnc-per-kg:2.5}") BigDecimal minTncPerKg,
            Clock clock) {
        this.engine = engine;
        this.hla = hla;
        this.searches = searches;
        this.results = results;
        this.typings = typings;
        this.minTncPerKg = minTncPerKg;
        this.clock = clock;
    }

    /**
     * One ranked candidate.
     *
     * @param total e.g. {@code 9/10 mismatched at DQB1}
     * @param confidence the lowest locus confidence
     * @param cord units: the cord-blood count, e.g. {@code 5/6 mismatched at B}
     * @param tncPerKg units with a patient weight: TNC ×10^7 per kg
     * @param cd34PerKg units with a patient weight: CD34+ ×10^5 per kg
     * @param belowDose TNC per kg below the minimum dose
     * @param probability P(0) and P(≤1) mismatches at the searched loci from haplotype frequencies; empty without a
     *     frequency table or when it explains no genotype of either side
     */
    public record Result(
            int rank,
            CandidateKind kind,
            String id,
            int mismatches,
            String total,
            List<LocusGrades> loci,
            String confidence,
            Optional<String> cord,
            Optional<Integer> cordMatched,
            Optional<BigDecimal> tncPerKg,
            Optional<BigDecimal> cd34PerKg,
            boolean belowDose,
            Optional<MatchOdds> probability) {}

    /** A saved search; {@code probabilityNote} says what its match probabilities came from, or why there are none. */
    public record SearchView(
            String code,
            SearchRequest request,
            Instant runAt,
            String runBy,
            boolean typingsChangedSince,
            BigDecimal minTncPerKg,
            String probabilityNote,
            List<Result> results) {}

    public record SearchSummary(
            String code,
            String patient,
            String loci,
            int maxMismatches,
            Instant runAt,
            String runBy,
            int results,
            boolean typingsChangedSince) {}

    /** Runs a search and saves it with its results. */
    public SearchView search(SearchRequest request, CurrentUser user) {
        DonorRoles.requireRead(user, "search donors");
        PreparedTyping patient = hla.prepare("typing", request.typing());
        DonorSearch search = new DonorSearch(user.institutionId(), newCode(), request);
        search.ran(clock.instant(), user.username());
        search = searches.save(search);
        run(search, patient, request, user);
        return view(search);
    }

    /** Runs a saved search again with the current typings, replacing its results. */
    public SearchView rerun(String code, CurrentUser user) {
        DonorRoles.requireRead(user, "search donors");
        DonorSearch search = find(code, user);
        SearchRequest request = search.request();
        results.deleteOfSearch(search.id());
        run(search, hla.prepare("typing", request.typing()), request, user);
        return view(search);
    }

    @Transactional(readOnly = true)
    public SearchView get(String code, CurrentUser user) {
        DonorRoles.requireRead(user, "read donor searches");
        return view(find(code, user));
    }

    @Transactional(readOnly = true)
    public List<SearchSummary> list(CurrentUser user) {
        DonorRoles.requireRead(user, "read donor searches");
        return searches.findByInstitutionIdOrderByRunAtDescIdDesc(user.institutionId()).stream()
                .map(s -> new SearchSummary(
                        s.code(),
                        s.request().patient(),
                        s.request().lociText(),
                        s.request().maxMismatches(),
                        s.runAt(),
                        s.runBy(),
                        results.ofSearch(s.id()).size(),
                        changedSince(s)))
                .toList();
    }

    private void run(DonorSearch search, PreparedTyping patient, SearchRequest request, CurrentUser user) {
        List<Ranked> ranked = new ArrayList<>();
        DonorSearchEngine.PatientOdds odds = engine.patientOdds(request.typing(), request.loci());
        search.probabilityNote(odds.note());
        for (DonorSearchEngine.Hit hit : engine.candidates(
                user.institutionId(), patient, request.loci(), request.maxMismatches(), request.kinds(), odds)) {
            ranked.add(rankable(hit, request));
        }
        ranked.sort(RANKING);
        Instant now = clock.instant();
        search.ran(now, user.username());
        searches.saveAndFlush(search);
        int rank = 0;
        for (Ranked r : ranked) {
            results.save(new DonorSearchResult(
                    search.id(), r.result(++rank), r.hit().candidate().typingId()));
        }
    }

    private record Ranked(
            DonorSearchEngine.Hit hit,
            int untyped,
            int gradeSum,
            int confidenceSum,
            int cordMatched,
            BigDecimal tncPerKg,
            Result draft) {
        Result result(int rank) {
            return new Result(
                    rank,
                    draft.kind(),
                    draft.id(),
                    draft.mismatches(),
                    draft.total(),
                    draft.loci(),
                    draft.confidence(),
                    draft.cord(),
                    draft.cordMatched(),
                    draft.tncPerKg(),
                    draft.cd34PerKg(),
                    draft.belowDose(),
                    draft.probability());
        }
    }

    private static final Comparator<Ranked> RANKING = Comparator.comparingInt(
                    (Ranked r) -> r.hit().mismatches())
            .thenComparingInt(Ranked::untyped)
            .thenComparing(Comparator.comparingInt(Ranked::gradeSum).reversed())
            .thenComparing(Comparator.comparingInt(Ranked::confidenceSum).reversed())
            .thenComparing(Comparator.comparingInt(Ranked::cordMatched).reversed())
            .thenComparing(Comparator.comparing(Ranked::tncPerKg).reversed())
            .thenComparing(r -> r.hit().candidate().kind())
            .thenComparing(r -> r.hit().candidate().id());

    private Ranked rankable(DonorSearchEngine.Hit hit, SearchRequest request) {
        List<LocusGrades> loci =
                hit.match().loci().stream().map(LocusGrades::of).toList();
        int untyped = 0;
        int gradeSum = 0;
        int confidenceSum = 0;
        MatchConfidence lowest = MatchConfidence.DEFINITE;
        for (LocusMatch l : hit.match().loci()) {
            if (l instanceof LocusMatch.Compared c) {
                for (PositionMatch p : c.positions()) {
                    gradeSum += p.grade().ordinal();
                    confidenceSum += p.confidence().ordinal();
                }
                lowest = c.confidence().compareTo(lowest) < 0 ? c.confidence() : lowest;
            } else {
                untyped++;
            }
        }
        DonorSearchEngine.Candidate c = hit.candidate();
        Optional<BigDecimal> tncPerKg =
                request.weightKg().flatMap(w -> c.tnc().map(t -> t.divide(w, 3, RoundingMode.HALF_UP)));
        // CD34+ ×10^6 per kg, reported as ×10^5 per kg as transplant centres quote it
        Optional<BigDecimal> cd34PerKg = request.weightKg()
                .flatMap(w -> c.cd34().map(d -> d.multiply(BigDecimal.TEN).divide(w, 3, RoundingMode.HALF_UP)));
        boolean belowDose = tncPerKg.map(t -> t.compareTo(minTncPerKg) < 0).orElse(false);
        String total = hit.match().total(request.loci()).text();
        Result draft = new Result(
                0,
                c.kind(),
                c.id(),
                hit.mismatches(),
                total,
                loci,
                untyped == loci.size() ? "untyped" : lowest.label(),
                hit.cord().map(m -> m.text()),
                hit.cord().flatMap(m -> m.matched()),
                tncPerKg,
                cd34PerKg,
                belowDose,
                hit.odds());
        return new Ranked(
                hit,
                untyped,
                gradeSum,
                confidenceSum,
                hit.cord().flatMap(m -> m.matched()).orElse(-1),
                tncPerKg.orElse(c.tnc().orElse(BigDecimal.ZERO)),
                draft);
    }

    private boolean changedSince(DonorSearch search) {
        return typings.countByInstitutionIdAndRecordedAtAfter(search.institutionId(), search.runAt()) > 0;
    }

    private SearchView view(DonorSearch search) {
        return new SearchView(
                search.code(),
                search.request(),
                search.runAt(),
                search.runBy(),
                changedSince(search),
                minTncPerKg,
                search.probabilityNote(),
                results.ofSearch(search.id()).stream()
                        .map(DonorSearchResult::view)
                        .toList());
    }

    private DonorSearch find(String code, CurrentUser user) {
        return searches.findByInstitutionIdAndCode(user.institutionId(), code)
                .orElseThrow(() -> new NotFoundException("donor search", code));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder("DS-");
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
