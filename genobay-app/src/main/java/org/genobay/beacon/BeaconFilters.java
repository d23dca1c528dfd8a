package org.genobay.beacon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genobay.biobank.Participants.ConsentingParticipant;
import org.genobay.biobank.Sex;
import org.genobay.clinical.ClinicalQueries;
import org.genobay.clinical.OntologyTerm;
import org.genobay.clinical.Terminologies;
import org.springframework.stereotype.Component;

/**
 * The ontology filters this Beacon understands, all applied to individuals: sex as NCIT terms (as the Beacon v2
 * examples use), phenotypes as HPO terms and diagnoses as ICD-10 codes ({@code ICD10:I42.0}), each with its
 * descendants unless the filter says otherwise. Any other term is refused, so that a filter the Beacon cannot apply
 * never silently widens an answer.
 */
@Component
class BeaconFilters {

    /** Beacon v2's sex terms (NCIT), for the biobank's {@link Sex}. */
    static final Map<Sex, Term> SEX = Map.of(
            Sex.FEMALE, new Term("NCIT:C16576", "female"),
            Sex.MALE, new Term("NCIT:C20197", "male"),
            Sex.UNKNOWN, new Term("NCIT:C17998", "unknown"));

    static final String ICD10 = "ICD10:";
    static final String PHENOTYPIC_ABNORMALITY = "HP:0000118";

    private final Terminologies terminologies;
    private final ClinicalQueries clinical;

    BeaconFilters(Terminologies terminologies, ClinicalQueries clinical) {
        this.terminologies = terminologies;
        this.clinical = clinical;
    }

    /** An ontology term as Beacon writes it. */
    record Term(String id, String label) {
        Map<String, Object> json() {
            Map<String, Object> term = new LinkedHashMap<>();
            term.put("id", id);
            term.put("label", label);
            return term;
        }
    }

    /** Fails, naming the filter, when a term is not one of the supported ontologies' terms. */
    void check(List<BeaconRequest.Filter> filters) {
        for (BeaconRequest.Filter filter : filters) {
            boolean known = sex(filter.id()).isPresent()
                    || (filter.id().startsWith("HP:")
                            && terminologies.hpo().find(filter.id()).isPresent())
                    || (filter.id().startsWith(ICD10)
                            && terminologies
                                    .icd10()
                                    .find(filter.id().substring(ICD10.length()))
                                    .isPresent());
            if (!known) {
                throw BeaconException.badRequest("unknown filter '" + filter.id() + "': this Beacon filters by sex"
                        + " (NCIT:C16576, NCIT:C20197, NCIT:C17998), HPO terms (HP:…) and ICD-10 codes (ICD10:…);"
                        + " see /filtering_terms");
            }
        }
    }

    /** The participants of an institution who match every filter. */
    List<ConsentingParticipant> apply(
            long institutionId, List<BeaconRequest.Filter> filters, List<ConsentingParticipant> participants) {
        List<ConsentingParticipant> kept = new ArrayList<>(participants);
        for (BeaconRequest.Filter filter : filters) {
            Optional<Sex> sex = sex(filter.id());
            if (sex.isPresent()) {
                kept.removeIf(p -> p.sex() != sex.get());
                continue;
            }
            Set<String> matching = filter.id().startsWith(ICD10)
                    ? clinical.sharedWithDiagnosis(
                            institutionId, filter.id().substring(ICD10.length()), filter.descendants())
                    : clinical.sharedWithPhenotype(institutionId, filter.id(), filter.descendants());
            Set<String> match = new HashSet<>(matching);
            kept.removeIf(p -> !match.contains(p.studyId()));
        }
        return kept;
    }

    /** What /filtering_terms lists: the sex terms and the HPO's organ-system terms (each with its descendants). */
    List<Map<String, Object>> listed() {
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Sex sex : List.of(Sex.FEMALE, Sex.MALE, Sex.UNKNOWN)) {
            terms.add(listed(SEX.get(sex), "individual"));
        }
        for (OntologyTerm term : terminologies.hpo().children(PHENOTYPIC_ABNORMALITY)) {
            terms.add(listed(new Term(term.id(), term.name()), "individual"));
        }
        return terms;
    }

    private static Map<String, Object> listed(Term term, String scope) {
        Map<String, Object> listed = new LinkedHashMap<>();
        listed.put("type", "ontology");
        listed.put("id", term.id());
        listed.put("label", term.label());
        listed.put("scopes", List.of(scope));
        return listed;
    }

    private static Optional<Sex> sex(String id) {
        return SEX.entrySet().stream()
                .filter(e -> e.getValue().id().equals(id))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
