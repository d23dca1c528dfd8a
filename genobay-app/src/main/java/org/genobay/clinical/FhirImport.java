package org.genobay.clinical;

import ca.uhn.fhir.parser.DataFormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants;
import org.genobay.errors.ForbiddenException;
import org.genobay.errors.NotFoundException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a FHIR R4 Bundle (transaction or collection, JSON) of Patients, Specimens, Conditions, Observations and
 * Procedures, all or nothing: every resource goes through the same rules as the forms and the API, every problem is
 * reported with its location in the bundle, and when there is any, nothing is saved.
 *
 * <p>A Patient is the participant of the user's institution with its Genobay study ID, or with its hospital
 * identifier (any other identifier; a study ID of another institution serves as the hospital identifier there);
 * otherwise it is enrolled. Those look-ups run before the import's transaction, each in its own, so that a miss does
 * not doom the import.
 */
@Service
public class FhirImport {

    private final Participants participants;
    private final FhirResources resources;
    private final TransactionTemplate transaction;

    FhirImport(Participants participants, FhirResources resources, TransactionTemplate transaction) {
        this.participants = participants;
        this.resources = resources;
        this.transaction = transaction;
    }

    public FhirImportReport run(String json, CurrentUser user) {
        ClinicalRoles.requireWrite(user, "import clinical data");
        Bundle bundle;
        try {
            bundle = Fhir.strictJson().parseResource(Bundle.class, json);
        } catch (DataFormatException | ClassCastException e) {
            return FhirImportReport.failed(
                    List.of(new FhirProblem("Bundle", "not a FHIR R4 Bundle in JSON: " + e.getMessage())));
        }
        if (bundle.getType() != Bundle.BundleType.TRANSACTION && bundle.getType() != Bundle.BundleType.COLLECTION) {
            return FhirImportReport.failed(List.of(new FhirProblem(
                    "Bundle.type",
                    "expected transaction or collection, found "
                            + bundle.getTypeElement().getValueAsString())));
        }
        Map<String, Optional<String>> known = knownParticipants(bundle, user);
        FhirImportReport report = transaction.execute(status -> {
            try {
                FhirImportReport result = resources.importAll(bundle, known, user);
                if (!result.imported()) {
                    status.setRollbackOnly();
                }
                return result;
            } catch (ForbiddenException e) {
                status.setRollbackOnly();
                throw e;
            }
        });
        return report;
    }

    /**
     * For each Patient entry (by index) and each reference to a Patient outside the bundle: the study ID of the
     * participant it already is in the user's institution, if any.
     */
    private Map<String, Optional<String>> knownParticipants(Bundle bundle, CurrentUser user) {
        Map<String, Optional<String>> known = new LinkedHashMap<>();
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            Resource resource = entries.get(i).getResource();
            if (resource instanceof Patient patient) {
                known.put("entry:" + i, existing(patient, user));
            }
            for (Reference reference : FhirResources.subjects(resource)) {
                String ref = reference.getReference();
                if (ref != null && ref.startsWith("Patient/") && !known.containsKey(ref)) {
                    known.put(ref, byStudyId(ref.substring("Patient/".length()), user));
                }
            }
        }
        return known;
    }

    private Optional<String> existing(Patient patient, CurrentUser user) {
        for (Identifier identifier : patient.getIdentifier()) {
            if (FhirNames.STUDY_ID.equals(identifier.getSystem()) && identifier.hasValue()) {
                Optional<String> found = byStudyId(identifier.getValue(), user);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return FhirResources.hospitalId(patient).flatMap(hospitalId -> {
            try {
                return Optional.of(participants.lookUp(hospitalId, user).studyId());
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<String> byStudyId(String studyId, CurrentUser user) {
        if (studyId.isBlank()) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        participants.search(studyId, user).stream()
                .map(Participants.ParticipantView::studyId)
                .filter(studyId.strip()::equalsIgnoreCase)
                .forEach(found::add);
        return found.stream().findFirst();
    }
}
