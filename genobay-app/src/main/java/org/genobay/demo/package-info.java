/**
 * The demo behind {@code ./genobay serve --demo}: an institution with staff accounts, participants linked to real
 * 1000 Genomes samples (population and sex from the project's pedigree), their blood, DNA and plasma in boxes, and
 * the variant dataset of the bundled 1000 Genomes chr22 sample, so that the variant page shows real frequencies by
 * population.
 */
package org.genobay.demo;
