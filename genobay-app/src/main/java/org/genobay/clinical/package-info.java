/**
 * Standardized clinical data of participants: diagnoses coded in ICD-10, phenotypes in HPO, observations, treatments
 * and outcomes, with FHIR R4 import and export. It is its own module, not part of the biobank, because clinicians and
 * data managers keep it for other reasons and on another rhythm than samples, and because later systems (the cohort
 * builder, phenotype-driven ranking) query it by terminology: {@link org.genobay.clinical.Terminologies} (a term with
 * all its descendants) and {@link org.genobay.clinical.ClinicalQueries} (participants with a term or code) are its
 * public API. Participants are known only through the biobank's public API, by study ID, and every row carries its
 * institution, so no query ever reaches another institution's data.
 */
package org.genobay.clinical;
