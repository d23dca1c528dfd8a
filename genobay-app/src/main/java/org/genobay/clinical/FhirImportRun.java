package org.genobay.clinical;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Specimens;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;

/**
 * One import of a bundle: its Patients first ({@link FhirImportPatients}), then its Specimens
 * ({@link FhirImportSpecimens}) and clinical resources ({@link FhirImportRecords}), every problem and ignored entry
 * in one {@link FhirImportLog}, and the report of it all.
 */
final class FhirImportRun {

    private final FhirImportLog log = new FhirImportLog();
    private final FhirImportPatients patients;
    private final FhirImportSpecimens specimens;
    private final FhirImportRecords records;

    FhirImportRun(
            Participants participants,
            Specimens specimens,
            ClinicalRecords records,
            Terminologies terminologies,
            Map<String, Optional<String>> known,
            CurrentUser user) {
        this.patients = new FhirImportPatients(participants, records, known, user, log);
        this.specimens = new FhirImportSpecimens(specimens, patients, user, log);
        this.records = new FhirImportRecords(records, terminologies, patients, user, log);
    }

    /** Patients first, so that every other resource finds its participant; then the rest in bundle order. */
    FhirImportReport importAll(Bundle bundle) {
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            if (entries.get(i).getResource() instanceof Patient patient) {
                log.attempt(() -> patients.patient(index, entries.get(index), patient));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            String path = "Bundle.entry[" + i + "].resource";
            Resource resource = entries.get(i).getResource();
            if (resource == null) {
                log.add(new FhirProblem("Bundle.entry[" + i + "]", "the entry has no resource"));
            } else if (resource instanceof Specimen specimen) {
                log.attempt(() -> specimens.specimen(path, specimen));
            } else if (resource instanceof Condition condition) {
                log.attempt(() -> records.condition(path, condition));
            } else if (resource instanceof Observation observation) {
                log.attempt(() -> records.observation(path, observation));
            } else if (resource instanceof Procedure procedure) {
                log.attempt(() -> records.procedure(path, procedure));
            } else if (!(resource instanceof Patient)) {
                log.ignore("Bundle.entry[" + i + "] (" + resource.fhirType() + "): not part of the model");
            }
        }
        return new FhirImportReport(
                patients.seen(),
                patients.enrolled(),
                specimens.count(),
                records.diagnoses(),
                records.phenotypes(),
                records.observations(),
                records.treatments(),
                patients.outcomes(),
                log.ignored(),
                log.problems());
    }
}
