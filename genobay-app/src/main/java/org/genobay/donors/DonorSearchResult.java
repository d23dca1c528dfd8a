package org.genobay.donors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.Optional;

/** One ranked candidate of a saved search, as it was when the search ran (the typing it was matched with). */
@Entity
class DonorSearchResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long searchId;
    private int resultRank;

    @Enumerated(EnumType.STRING)
    private CandidateKind kind;

    private String candidate;
    private long typingId;
    private int mismatches;
    private String total;
    private String grades;
    private String confidence;
    private String cord;
    private Integer cordMatched;
    private BigDecimal tncPerKg;
    private BigDecimal cd34PerKg;
    private boolean belowDose;
    private Double pNoMismatch;
    private Double pAtMostOne;

    protected DonorSearchResult() {}

    DonorSearchResult(long searchId, DonorSearches.Result result, long typingId) {
        this.searchId = searchId;
        this.resultRank = result.rank();
        this.kind = result.kind();
        this.candidate = result.id();
        this.typingId = typingId;
        this.mismatches = result.mismatches();
        this.total = result.total();
        this.grades = LocusGrades.encode(result.loci());
        this.confidence = result.confidence();
        this.cord = result.cord().orElse(null);
        this.cordMatched = result.cordMatched().orElse(null);
        this.tncPerKg = result.tncPerKg().orElse(null);
        this.cd34PerKg = result.cd34PerKg().orElse(null);
        this.belowDose = result.belowDose();
        this.pNoMismatch = result.probability().map(MatchOdds::none).orElse(null);
        this.pAtMostOne = result.probability().map(MatchOdds::atMostOne).orElse(null);
    }

    DonorSearches.Result view() {
        return new DonorSearches.Result(
                resultRank,
                kind,
                candidate,
                mismatches,
                total,
                LocusGrades.decode(grades),
                confidence,
                Optional.ofNullable(cord),
                Optional.ofNullable(cordMatched),
                Optional.ofNullable(tncPerKg),
                Optional.ofNullable(cd34PerKg),
                belowDose,
                pNoMismatch == null ? Optional.empty() : Optional.of(new MatchOdds(pNoMismatch, pAtMostOne)));
    }
}
