/**
 * Data sharing across institutions under governance: the catalogue of shareable datasets (clinical, specimen and
 * variant datasets, each owned by an institution, with a security level and an HGR mark), data access requests that
 * the owning institution's data access committee approves or rejects, the expiring and revocable grants they create,
 * and China's human-genetic-resource (HGR) rules for releases abroad.
 *
 * <p>Why a module of its own: every other system keeps its data within the signed-in user's institution. Sharing is
 * the one place that decides when someone outside may see more, so that decision lives in one public service,
 * {@link org.genobay.sharing.DataAccess}, which the Beacon, the cohort builder and any later consumer ask for a user
 * and a dataset: how much they may see ({@link org.genobay.sharing.Granularity}) and, for records, which participants
 * may be reached ({@link org.genobay.sharing.Reach}). The participants come from the biobank's public API and are
 * filtered by their consent as recorded at that moment, so a withdrawal takes effect at the next question. Every
 * decision and every use of a grant is written to the access log ({@link org.genobay.audit.AccessAudit}) in the
 * same transaction: the grant's id, the dataset and the why go into the entry's subject and detail text, which the
 * hash chain already covers, so the chain's format did not change.
 */
package org.genobay.sharing;
