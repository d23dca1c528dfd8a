package org.genobay.clinical;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Participants;
import org.genobay.biobank.Sex;
import org.genobay.biobank.Specimens;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;
import org.springframework.stereotype.Component;

/**
 * Turns the resources of a bundle into participants, specimens and clinical records, through the same services as the
 * API, and turns each refusal into a problem at the resource's location. Runs inside the import's transaction.
 */
@Component
class FhirResources {

    static final Map<String, String> PATIENT = Map.of(
            "sex", "gender",
            "birthYear", "birthDate",
            "population", "extension('" + FhirNames.POPULATION + "')",
            "genomeSampleId", "identifier",
            "vitalStatus", "extension('" + FhirNames.VITAL_STATUS + "')",
            "lastFollowUp", "extension('" + FhirNames.LAST_FOLLOW_UP + "')",
            "diedOn", "deceasedDateTime");
    static final Map<String, String> CONDITION = Map.of("diagnosedOn", "onsetDateTime", "onset", "onsetDateTime");
    static final Map<String, String> OBSERVATION = Map.of(
            "system", "code.coding[0].system",
            "code", "code.coding[0].code",
            "display", "code.coding[0].display",
            "value", "value[x]",
            "unit", "valueQuantity.unit",
            "text", "valueString",
            "effectiveOn", "effectiveDateTime");
    static final Map<String, String> PROCEDURE = Map.of(
            "kind", "category",
            "name", "code.text",
            "startedOn", "performedPeriod.start",
            "endedOn", "performedPeriod.end");
    static final Map<String, String> SPECIMEN = Map.of(
            "type", "type",
            "quantity", "collection.quantity",
            "collectedAt", "collection.collectedDateTime",
            "collectionSite", "collection.extension('" + FhirNames.COLLECTION_SITE + "')",
            "notes", "note");

    private final Participants participants;
    private final Specimens specimens;
    private final ClinicalRecords records;
    private final Terminologies terminologies;

    FhirResources(
            Participants participants, Specimens specimens, ClinicalRecords records, Terminologies terminologies) {
        this.participants = participants;
        this.specimens = specimens;
        this.records = records;
        this.terminologies = terminologies;
    }

    FhirImportReport importAll(Bundle bundle, Map<String, Optional<String>> known, CurrentUser user) {
        return new FhirImportRun(participants, specimens, records, terminologies, known, user).importAll(bundle);
    }

    /** The references to the participant that a resource names. */
    static List<Reference> subjects(Resource resource) {
        if (resource instanceof Condition c) {
            return List.of(c.getSubject());
        } else if (resource instanceof Observation o) {
            return List.of(o.getSubject());
        } else if (resource instanceof Procedure p) {
            return List.of(p.getSubject());
        } else if (resource instanceof Specimen s) {
            return List.of(s.getSubject());
        }
        return List.of();
    }

    /** The hospital's identifier: the first one that is not a genome sample ID (a study ID of elsewhere counts). */
    static Optional<String> hospitalId(Patient patient) {
        List<Identifier> usable = patient.getIdentifier().stream()
                .filter(Identifier::hasValue)
                .filter(i -> !FhirNames.GENOME_SAMPLE_ID.equals(i.getSystem()))
                .toList();
        return usable.stream()
                .filter(i -> !FhirNames.STUDY_ID.equals(i.getSystem()))
                .findFirst()
                .or(() -> usable.stream().findFirst())
                .map(Identifier::getValue);
    }

    static Sex sex(Patient patient) {
        if (!patient.hasGender()) {
            return Sex.UNKNOWN;
        }
        return switch (patient.getGender()) {
            case FEMALE -> Sex.FEMALE;
            case MALE -> Sex.MALE;
            default -> Sex.UNKNOWN;
        };
    }

    static Optional<String> string(Extension extension) {
        return Optional.ofNullable(extension).filter(Extension::hasValue).map(e -> e.getValue()
                .primitiveValue());
    }
}
