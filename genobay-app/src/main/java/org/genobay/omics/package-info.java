/**
 * Omics: variant datasets of an institution, ingested into the cohort variant store ({@code genobay-variants}) as a
 * background job, and the region search and variant page over them with allele frequencies overall and by population.
 *
 * <p>Why a separate module: genotypes are not rows in a relational table. The store keeps them in its own segment
 * files, and this module only records who registered which files and how their ingest went, then adapts the store's
 * queries to the web. Populations come from the biobank's participants through their genome sample IDs (its public
 * API); the participant page shows the datasets holding a participant's sample through
 * {@link org.genobay.biobank.ParticipantPageSection}. Everything is scoped to the signed-in user's institution: another
 * institution's datasets read as not found.
 */
package org.genobay.omics;
