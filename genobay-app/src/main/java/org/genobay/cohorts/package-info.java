/**
 * The cohort builder: a cohort is defined by clinical criteria (ICD-10 diagnosis with the codes below it, HPO phenotype
 * with its descendants, sex, age, population, an available specimen of a type) and genomic criteria (carries a
 * variant, carries a rare variant of a region) that must all hold. Counts update as the criteria change; a saved
 * cohort keeps its criteria and a snapshot of its members, and serves as the sample set of a cohort-against-the-rest
 * frequency comparison or as the subject of a data access request.
 *
 * <p>Why a module of its own: it reads four others (biobank, clinical, omics, sharing) through their public API and
 * owns no one's records but its saved cohorts. What it may count beyond the user's own institution is decided by
 * sharing's {@link org.genobay.sharing.DataAccess} for every count, and every number about another institution's
 * participants passes through {@link org.genobay.sharing.SmallCountRule}.
 */
package org.genobay.cohorts;
