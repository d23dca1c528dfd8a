package org.genobay.clinical;

import java.util.Date;
import java.util.List;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Sex;
import org.genobay.biobank.Specimens;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant as a FHIR R4 collection Bundle: the Patient (study ID, genome sample ID, sex, birth year, population,
 * vital status, last follow-up, date of death), its Specimens, a Condition per diagnosis (ICD-10) and per phenotype
 * (HPO, refuted when excluded), its Observations, and a Procedure per treatment.
 */
@Service
@Transactional
public class FhirExport {

    private final Participants participants;
    private final Specimens specimens;
    private final ClinicalRecords records;

    FhirExport(Participants participants, Specimens specimens, ClinicalRecords records) {
        this.participants = participants;
        this.specimens = specimens;
        this.records = records;
    }

    /** The bundle as FHIR JSON. */
    public String json(String studyId, CurrentUser user) {
        return Fhir.prettyJson().encodeResourceToString(bundle(studyId, user));
    }

    Bundle bundle(String studyId, CurrentUser user) {
        ClinicalRoles.requireRead(user, "export clinical data");
        Participants.ParticipantView participant = participants.get(studyId, user);
        ClinicalView clinical = records.view(studyId, user);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION).setTimestamp(new Date());
        Patient patient = patient(participant, clinical);
        add(bundle, patient);
        Reference subject = new Reference(Fhir.fullUrl("Patient", studyId));
        specimens(bundle, specimens.tree(studyId, user), subject);
        for (ClinicalView.DiagnosisView d : clinical.diagnoses()) {
            Condition condition = new Condition().setSubject(subject);
            condition.setId("diagnosis-" + d.id());
            condition.setCode(new CodeableConcept(new Coding(FhirNames.ICD10, d.code(), d.title())));
            d.diagnosedOn().ifPresent(on -> condition.setOnset(Fhir.dateTime(on)));
            add(bundle, condition);
        }
        for (ClinicalView.PhenotypeView p : clinical.phenotypes()) {
            Condition condition = new Condition().setSubject(subject);
            condition.setId("phenotype-" + p.id());
            condition.setCode(new CodeableConcept(new Coding(FhirNames.HPO_EXPORTED, p.termId(), p.name())));
            String verification = p.excluded() ? "refuted" : "confirmed";
            condition.setVerificationStatus(
                    new CodeableConcept(new Coding(FhirNames.CONDITION_VERIFICATION, verification, null)));
            p.onset().ifPresent(on -> condition.setOnset(Fhir.dateTime(on)));
            add(bundle, condition);
        }
        for (ClinicalView.ObservationView o : clinical.observations()) {
            Observation observation = new Observation()
                    .setStatus(Observation.ObservationStatus.FINAL)
                    .setCode(new CodeableConcept(new Coding(o.system(), o.code(), o.display())))
                    .setSubject(subject)
                    .setEffective(Fhir.dateTime(o.effectiveOn()));
            observation.setId("observation-" + o.id());
            if (o.value().isPresent()) {
                Quantity quantity = new Quantity().setValue(o.value().get());
                o.unit().ifPresent(quantity::setUnit);
                observation.setValue(quantity);
            } else {
                observation.setValue(new StringType(o.text().orElseThrow()));
            }
            add(bundle, observation);
        }
        for (ClinicalView.TreatmentView t : clinical.treatments()) {
            Period period = new Period().setStartElement(Fhir.dateTime(t.startedOn()));
            t.endedOn().ifPresent(end -> period.setEndElement(Fhir.dateTime(end)));
            Procedure procedure = new Procedure()
                    .setStatus(
                            t.endedOn().isPresent()
                                    ? Procedure.ProcedureStatus.COMPLETED
                                    : Procedure.ProcedureStatus.INPROGRESS)
                    .setCategory(new CodeableConcept(
                            new Coding(FhirNames.TREATMENT_KIND, t.kind().name(), null)))
                    .setCode(new CodeableConcept().setText(t.name()))
                    .setSubject(subject)
                    .setPerformed(period);
            procedure.setId("treatment-" + t.id());
            add(bundle, procedure);
        }
        return bundle;
    }

    private static Patient patient(Participants.ParticipantView participant, ClinicalView clinical) {
        Patient patient = new Patient();
        patient.setId(participant.studyId());
        patient.addIdentifier().setSystem(FhirNames.STUDY_ID).setValue(participant.studyId());
        participant.genomeSampleId().ifPresent(id -> patient.addIdentifier()
                .setSystem(FhirNames.GENOME_SAMPLE_ID)
                .setValue(id));
        patient.setGender(
                participant.sex() == Sex.FEMALE
                        ? Enumerations.AdministrativeGender.FEMALE
                        : participant.sex() == Sex.MALE
                                ? Enumerations.AdministrativeGender.MALE
                                : Enumerations.AdministrativeGender.UNKNOWN);
        participant
                .birthYear()
                .ifPresent(
                        year -> patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(String.valueOf(year))));
        participant.population().ifPresent(p -> patient.addExtension(FhirNames.POPULATION, new StringType(p)));
        clinical.outcome().ifPresent(outcome -> {
            patient.addExtension(
                    FhirNames.VITAL_STATUS,
                    new CodeType(outcome.vitalStatus().name().toLowerCase(java.util.Locale.ROOT)));
            outcome.lastFollowUp().ifPresent(on -> patient.addExtension(FhirNames.LAST_FOLLOW_UP, Fhir.date(on)));
            switch (outcome.vitalStatus()) {
                case DECEASED -> patient.setDeceased(
                        Fhir.dateTime(outcome.diedOn().orElseThrow()));
                case ALIVE -> patient.setDeceased(new org.hl7.fhir.r4.model.BooleanType(false));
                case UNKNOWN -> {
                    // neither: FHIR has no "unknown", the extension says it
                }
            }
        });
        return patient;
    }

    private static void specimens(Bundle bundle, List<Specimens.SpecimenNode> nodes, Reference subject) {
        for (Specimens.SpecimenNode node : nodes) {
            Specimens.SpecimenView s = node.specimen();
            Specimen specimen = new Specimen().setSubject(subject);
            specimen.setId(s.code());
            specimen.addIdentifier().setSystem(FhirNames.SPECIMEN_CODE).setValue(s.code());
            specimen.setType(new CodeableConcept(
                    new Coding(FhirNames.SPECIMEN_TYPE, s.type().name(), null)));
            s.parent().ifPresent(parent -> specimen.addParent(new Reference(Fhir.fullUrl("Specimen", parent))));
            Specimen.SpecimenCollectionComponent collection = specimen.getCollection();
            collection.setCollected(new DateTimeType(Date.from(s.collectedAt())));
            collection.setQuantity(new Quantity()
                    .setValue(s.initialQuantity().amount().stripTrailingZeros())
                    .setUnit(s.initialQuantity().unit().symbol())
                    .setSystem(FhirNames.UCUM)
                    .setCode(FhirUnits.ucum(s.initialQuantity().unit())));
            collection.addExtension(FhirNames.COLLECTION_SITE, new StringType(s.collectionSite()));
            s.notes().ifPresent(notes -> specimen.addNote().setText(notes));
            add(bundle, specimen);
            specimens(bundle, node.children(), subject);
        }
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry()
                .setFullUrl(Fhir.fullUrl(
                        resource.fhirType(), resource.getIdElement().getIdPart()))
                .setResource(resource);
    }
}
