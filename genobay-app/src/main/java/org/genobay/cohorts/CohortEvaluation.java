package org.genobay.cohorts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants.ConsentingParticipant;
import org.genobay.biobank.Specimens;
import org.genobay.clinical.ClinicalQueries;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.genobay.omics.SharedVariants;
import org.genobay.omics.VariantQueries;
import org.genobay.variants.InvalidQueryException;
import org.genobay.variants.VariantKey;
import org.springframework.stereotype.Component;

/**
 * Applies criteria to candidates: clinical criteria through clinical's term and code queries (descendants and codes
 * below included), specimens through the biobank, genomic criteria through the variant store's carriers, mapped to
 * participants by their genome sample ID. For another institution's shared VARIANT dataset, the genomic criteria are
 * asked of its genotypes restricted to the candidates' genome samples, and a rare variant is rare among those samples.
 * Reads only; what may be asked of whose records is the caller's decision.
 */
@Component
class CohortEvaluation {

    private final ClinicalQueries clinical;
    private final Specimens specimens;
    private final VariantQueries variants;
    private final SharedVariants shared;
    private final Clock clock;

    CohortEvaluation(
            ClinicalQueries clinical,
            Specimens specimens,
            VariantQueries variants,
            SharedVariants shared,
            Clock clock) {
        this.clinical = clinical;
        this.specimens = specimens;
        this.variants = variants;
        this.shared = shared;
        this.clock = clock;
    }

    /** The candidates meeting every criterion, in the candidates' order. */
    List<ConsentingParticipant> members(Criteria criteria, Candidates candidates, CurrentUser user) {
        Predicate<ConsentingParticipant> all = p -> true;
        for (int i = 0; i < criteria.all().size(); i++) {
            all = all.and(matcher(criteria.all().get(i), "all[" + i + "]", candidates, user));
        }
        return candidates.participants().stream().filter(all).toList();
    }

    private Predicate<ConsentingParticipant> matcher(
            Criterion criterion, String path, Candidates candidates, CurrentUser user) {
        long institutionId = candidates.institutionId();
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
        if (candidates.genotypes().isPresent()) {
            return sampleIn(genomic(path, () -> sharedCarriers(criterion, candidates)));
        }
        if (candidates.dataset().isPresent()) {
            // The criterion's dataset is the user's: its genotypes must never be matched to another's participants.
            throw new IllegalStateException(
                    "shared dataset " + candidates.dataset().get() + " has no genotypes");
        }
        if (criterion instanceof Criterion.CarriesVariant v) {
            return sampleIn(genomic(path, () -> variants.carriers(v.dataset(), v.variant(), user)));
        }
        Criterion.CarriesRareVariant r = (Criterion.CarriesRareVariant) criterion;
        return sampleIn(genomic(path, () -> variants.carriersOfRare(r.dataset(), r.region(), r.maxAf(), user)));
    }

    /**
     * The candidates' samples in a shared variant dataset that meet a genomic criterion; the criterion's own dataset
     * is the user's, so only its variant or region is asked. A dataset not ready (anymore) has no carriers.
     */
    private Set<String> sharedCarriers(Criterion criterion, Candidates candidates) {
        long genotypes = candidates.genotypes().orElseThrow();
        Set<String> samples = candidates.genomeSamples();
        if (criterion instanceof Criterion.CarriesVariant v) {
            return shared.carriers(genotypes, variantKey(v.variant()), samples).orElse(Set.of());
        }
        Criterion.CarriesRareVariant r = (Criterion.CarriesRareVariant) criterion;
        return shared.carriersOfRare(genotypes, variants.parseRegion(r.region()), r.maxAf(), samples)
                .orElse(Set.of());
    }

    private static VariantKey variantKey(String text) {
        try {
            return VariantKey.parse(text);
        } catch (InvalidQueryException e) {
            throw new InvalidInputException("variant", "variant: " + e.getMessage());
        }
    }

    /** Omics' errors name its own fields; here they are named by the criterion's path. */
    private static Set<String> genomic(String path, Supplier<Set<String>> query) {
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
