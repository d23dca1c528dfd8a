/**
 * The demo behind {@code ./genobay serve --demo}: an institution with staff accounts, participants linked to real
 * 1000 Genomes samples (population and sex from the project's pedigree), their blood, DNA and plasma in boxes.
 */
package org.genobay.demo;
