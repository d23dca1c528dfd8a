package org.genobay.clinical;

import java.util.List;
import java.util.Set;
import org.genobay.accounts.CurrentUser;
import org.genobay.audit.AccessAudit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which participants of the user's institution have a phenotype or a diagnosis: by an HPO term with all its
 * descendants, by an ICD-10 code with all codes below it, or by the exact term or code. Excluded phenotypes do not
 * count. The answer is a list of study IDs, sorted; the search is logged like other searches of personal data.
 */
@Service
@Transactional
public class ClinicalQueries {

    private final Terminologies terminologies;
    private final DiagnosisRepository diagnoses;
    private final PhenotypeRepository phenotypes;
    private final AccessAudit audit;

    ClinicalQueries(
            Terminologies terminologies,
            DiagnosisRepository diagnoses,
            PhenotypeRepository phenotypes,
            AccessAudit audit) {
        this.terminologies = terminologies;
        this.diagnoses = diagnoses;
        this.phenotypes = phenotypes;
        this.audit = audit;
    }

    public List<String> withPhenotype(String termId, boolean descendants, CurrentUser user) {
        ClinicalRoles.requireRead(user, "search clinical data");
        String id = terminologies.hpo().require("hpo", termId).id();
        Set<String> terms = descendants ? terminologies.hpoWithDescendants(id) : Set.of(id);
        List<String> found = phenotypes.studyIdsWithTerms(user.institutionId(), terms);
        audit.record(user, "SEARCH_PHENOTYPE", id + (descendants ? " with descendants" : ""), found.size() + " found");
        return found;
    }

    public List<String> withDiagnosis(String code, boolean children, CurrentUser user) {
        ClinicalRoles.requireRead(user, "search clinical data");
        String id = terminologies.icd10().require("icd10", code).id();
        Set<String> codes = children ? terminologies.icd10WithChildren(id) : Set.of(id);
        List<String> found = diagnoses.studyIdsWithCodes(user.institutionId(), codes);
        audit.record(user, "SEARCH_DIAGNOSIS", id + (children ? " with children" : ""), found.size() + " found");
        return found;
    }

    /**
     * Study IDs of an institution's participants with the HPO term or any of its descendants (observed, not excluded).
     * For the cohort builder, which decides through data sharing who may count them and records that use; this method
     * checks no role and logs nothing itself, so it must be called only behind such a decision.
     */
    @Transactional(readOnly = true)
    public Set<String> withPhenotypeOrDescendant(long institutionId, String termId) {
        return Set.copyOf(phenotypes.studyIdsWithTerms(institutionId, terminologies.hpoWithDescendants(termId)));
    }

    /** As {@link #withPhenotypeOrDescendant}, for an ICD-10 code and every code below it. */
    @Transactional(readOnly = true)
    public Set<String> withDiagnosisOrChild(long institutionId, String code) {
        return Set.copyOf(diagnoses.studyIdsWithCodes(institutionId, terminologies.icd10WithChildren(code)));
    }
}
