package org.genobay.clinical;

import java.util.Set;

/** The code systems, identifier systems and extensions of Genobay's FHIR bundles. */
final class FhirNames {

    private FhirNames() {}

    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    static final Set<String> HPO =
            Set.of("http://purl.obolibrary.org/obo/hp.owl", "http://human-phenotype-ontology.org");
    static final String HPO_EXPORTED = "http://purl.obolibrary.org/obo/hp.owl";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String UCUM = "http://unitsofmeasure.org";

    private static final String BASE = "https://genobay.org/fhir/";
    static final String STUDY_ID = BASE + "sid/study-id";
    static final String GENOME_SAMPLE_ID = BASE + "sid/genome-sample-id";
    static final String SPECIMEN_CODE = BASE + "sid/specimen-code";
    static final String SPECIMEN_TYPE = BASE + "CodeSystem/specimen-type";
    static final String TREATMENT_KIND = BASE + "CodeSystem/treatment-kind";
    static final String POPULATION = BASE + "StructureDefinition/population";
    static final String VITAL_STATUS = BASE + "StructureDefinition/vital-status";
    static final String LAST_FOLLOW_UP = BASE + "StructureDefinition/last-follow-up";
    static final String COLLECTION_SITE = BASE + "StructureDefinition/collection-site";
}
