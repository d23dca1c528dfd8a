package org.genobay.donors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A saved patient search: the request, and when and by whom it was last run; its results are rows of their own. */
@Entity
class DonorSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;
    private String code;
    private String patient;
    private String patientTyping;
    private String loci;
    private int maxMismatches;
    private String kinds;
    private BigDecimal weightKg;
    private Instant runAt;
    private String runBy;
    private String probabilityNote;

    @Version
    private long version;

    protected DonorSearch() {}

    DonorSearch(long institutionId, String code, SearchRequest request) {
        this.institutionId = institutionId;
        this.code = code;
        this.patient = request.patient();
        this.patientTyping = request.typing().strip();
        this.loci = request.lociText();
        this.maxMismatches = request.maxMismatches();
        this.kinds = Arrays.stream(CandidateKind.values())
                .filter(request.kinds()::contains)
                .map(Enum::name)
                .collect(Collectors.joining(","));
        this.weightKg = request.weightKg().orElse(null);
    }

    SearchRequest request() {
        Set<CandidateKind> kindSet = EnumSet.noneOf(CandidateKind.class);
        Arrays.stream(kinds.split(",")).map(CandidateKind::valueOf).forEach(kindSet::add);
        return new SearchRequest(
                patient,
                patientTyping,
                SearchRequest.loci(loci),
                maxMismatches,
                kindSet,
                Optional.ofNullable(weightKg));
    }

    void ran(Instant at, String by) {
        this.runAt = at;
        this.runBy = by;
    }

    void probabilityNote(String note) {
        this.probabilityNote = note.length() > 1000 ? note.substring(0, 997) + "…" : note;
    }

    /** What the results' match probabilities came from, or why there are none (searches saved before: said so). */
    String probabilityNote() {
        return probabilityNote == null ? "not computed when this search ran" : probabilityNote;
    }

    Long id() {
        return id;
    }

    long institutionId() {
        return institutionId;
    }

    String code() {
        return code;
    }

    Instant runAt() {
        return runAt;
    }

    String runBy() {
        return runBy;
    }

    long version() {
        return version;
    }
}
