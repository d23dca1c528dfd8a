package org.genobay.cohorts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants.ConsentingParticipant;
import org.genobay.biobank.Specimens;
import org.genobay.clinical.ClinicalQueries;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.genobay.omics.VariantQueries;
import org.springframework.stereotype.Component;

/**
 * Applies criteria to candidates: clinical criteria through clinical's term and code queries (descendants and codes
 * below included), specimens through the biobank, genomic criteria through the variant store's carriers, mapped to
 * participants by their genome sample ID. Reads only; what may be asked of whose records is the caller's decision.
 */
@Component
class CohortEvaluation {

    private final ClinicalQueries clinical;
    private final Specimens specimens;
    private final VariantQueries variants;
    private final Clock clock;

    CohortEvaluation(ClinicalQueries clinical, Specimens specimens, VariantQueries variants, Clock clock) {
        this.clinical = clinical;
        this.specimens = specimens;
        this.variants = variants;
        this.clock = clock;
    }

    /** The candidates meeting every criterion, in the candidates' order. */
    List<ConsentingParticipant> members(Criteria criteria, Candidates candidates, CurrentUser user) {
        Predicate<ConsentingParticipant> all = p -> true;
        for (int i = 0; i < criteria.all().size(); i++) {
            all = all.and(matcher(criteria.all().get(i), "all[" + i + "]", candidates.institutionId(), user));
        }
        return candidates.participants().stream().filter(all).toList();
    }

    private Predicate<ConsentingParticipant> matcher(
            Criterion criterion, String path, long institutionId, CurrentUser user) {
        if (criterion instanceof Criterion.Diagnosis d) {
            return studyIdIn(clinical.sharedWithDiagnosis(institutionId, d.code(), true));
        }
        if (criterion instanceof Criterion.Phenotype ph) {
            return studyIdIn(clinical.sharedWithPhenotype(institutionId, ph.term(), true));
        }
        if (criterion instanceof Criterion.SexIs s) {
            return p -> p.sex() == s.sex();
        }
        if (criterion instanceof Criterion.AgeRange a) {
            int year = LocalDate.now(clock).getYear();
            return p -> p.birthYear().map(born -> a.includes(year - born)).orElse(false);
        }
        if (criterion instanceof Criterion.Population pop) {
            return p -> p.population()
                    .map(code -> code.toUpperCase(Locale.ROOT).equals(pop.code()))
                    .orElse(false);
        }
        if (criterion instanceof Criterion.AvailableSpecimen s) {
            return studyIdIn(specimens.withAvailableSpecimen(institutionId, s.specimenType()));
        }
        if (criterion instanceof Criterion.CarriesVariant v) {
            return sampleIn(genomic(path, () -> variants.carriers(v.dataset(), v.variant(), user)));
        }
        Criterion.CarriesRareVariant r = (Criterion.CarriesRareVariant) criterion;
        return sampleIn(genomic(path, () -> variants.carriersOfRare(r.dataset(), r.region(), r.maxAf(), user)));
    }

    /** Omics' errors name its own fields; here they are named by the criterion's path. */
    private static Set<String> genomic(String path, java.util.function.Supplier<Set<String>> query) {
        try {
            return query.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + "." + e.field(), path + ": " + e.getMessage());
        } catch (NotFoundException e) {
            throw new InvalidInputException(path + ".dataset", path + ": " + e.getMessage());
        }
    }

    private static Predicate<ConsentingParticipant> studyIdIn(Set<String> studyIds) {
        return p -> studyIds.contains(p.studyId());
    }

    private static Predicate<ConsentingParticipant> sampleIn(Set<String> samples) {
        Set<String> carriers = new HashSet<>(samples);
        return p -> p.genomeSampleId().map(carriers::contains).orElse(false);
    }

    static Set<String> studyIds(List<ConsentingParticipant> members) {
        return members.stream().map(ConsentingParticipant::studyId).collect(Collectors.toUnmodifiableSet());
    }
}
