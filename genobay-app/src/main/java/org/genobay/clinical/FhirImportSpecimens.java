package org.genobay.clinical;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.NewSpecimen;
import org.genobay.biobank.SpecimenType;
import org.genobay.biobank.Specimens;
import org.genobay.biobank.Unit;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Specimen;

/** The Specimens of one FHIR import, collected in the biobank; aliquots and derivatives are listed as ignored. */
final class FhirImportSpecimens {

    private final Specimens specimens;
    private final FhirImportPatients patients;
    private final CurrentUser user;
    private final FhirImportLog log;
    private int specimenCount;

    FhirImportSpecimens(Specimens specimens, FhirImportPatients patients, CurrentUser user, FhirImportLog log) {
        this.specimens = specimens;
        this.patients = patients;
        this.user = user;
        this.log = log;
    }

    int count() {
        return specimenCount;
    }

    void specimen(String path, Specimen specimen) {
        if (specimen.hasParent()) {
            log.ignore(path + " (Specimen " + specimen.getIdElement().getIdPart()
                    + "): aliquots and derivatives are not imported; FHIR does not say how much of the parent"
                    + " they used");
            return;
        }
        String studyId = patients.subject(path, specimen.getSubject());
        Coding type = specimen.getType().getCoding().stream()
                .filter(c -> FhirNames.SPECIMEN_TYPE.equals(c.getSystem()))
                .findFirst()
                .orElseThrow(() -> log.problem(
                        path + ".type",
                        "a Specimen needs a type coded in " + FhirNames.SPECIMEN_TYPE
                                + " (WHOLE_BLOOD, PLASMA, DNA, …)"));
        SpecimenType specimenType;
        try {
            specimenType = SpecimenType.valueOf(type.getCode().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw log.problem(path + ".type.coding.code", "unknown specimen type " + type.getCode());
        }
        Specimen.SpecimenCollectionComponent collection = specimen.getCollection();
        if (!collection.hasCollectedDateTimeType()) {
            throw log.problem(path + ".collection.collectedDateTime", "a Specimen needs its collection time");
        }
        Instant collectedAt = collection.getCollectedDateTimeType().getValue().toInstant();
        org.hl7.fhir.r4.model.Quantity amount = collection.getQuantity();
        String unitText = amount.hasCode() ? amount.getCode() : amount.getUnit();
        Unit unit = FhirUnits.unit(unitText)
                .orElseThrow(() -> log.problem(
                        path + ".collection.quantity.code",
                        "unit '" + unitText + "' is not one of mL, uL, mg, ug, ng"));
        if (!amount.hasValue()) {
            throw log.problem(path + ".collection.quantity.value", "a Specimen needs its collected quantity");
        }
        Optional<String> notes = Optional.of(
                        specimen.getNote().stream().map(Annotation::getText).collect(Collectors.joining("\n")))
                .filter(n -> !n.isBlank());
        String site = FhirResources.string(collection.getExtensionByUrl(FhirNames.COLLECTION_SITE))
                .orElse("");
        log.guarded(
                path,
                FhirResources.SPECIMEN,
                () -> specimens.collect(
                        new NewSpecimen(
                                studyId,
                                specimenType,
                                new org.genobay.biobank.Quantity(amount.getValue(), unit),
                                collectedAt,
                                site,
                                notes),
                        user));
        specimenCount++;
    }
}
