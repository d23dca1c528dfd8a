/**
 * The GA4GH Beacon v2 of a Genobay node, under {@code /api/beacon}: the framework endpoints ({@code /info},
 * {@code /map}, {@code /configuration}, {@code /entry_types}, {@code /filtering_terms}) and the entry types
 * {@code g_variants}, {@code individuals}, {@code biosamples}, {@code cohorts} and {@code datasets}, answered per
 * dataset of the sharing catalogue.
 *
 * <p>Why a module of its own: the Beacon decides nothing about who may see what. It asks
 * {@link org.genobay.sharing.DataAccess} for every dataset and every query, downgrades the requested granularity to
 * what is allowed, passes every count through {@link org.genobay.sharing.SmallCountRule}, and reads records only of
 * the participants a {@link org.genobay.sharing.Reach} names (which the access log records). Genotypes come from
 * omics' {@link org.genobay.omics.SharedVariants}, ontology filters from clinical; peers' Beacons are asked over HTTP
 * and their answers merged ({@link org.genobay.beacon.BeaconFederation}).
 */
package org.genobay.beacon;
