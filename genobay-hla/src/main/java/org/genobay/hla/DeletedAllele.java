package org.genobay.hla;

import java.util.Optional;

/**
 * A name that {@code hla_nom.txt} lists as abandoned.
 *
 * @param name the deleted name with its locus, e.g. {@code A*01:34N}
 * @param deletedOn the date of deletion as the file gives it (YYYYMMDD)
 * @param identicalTo the name the allele was shown to be identical to, when the file gives one
 * @param reason why it was deleted, e.g. {@code Sequence renamed}
 */
public record DeletedAllele(String name, String deletedOn, Optional<String> identicalTo, String reason) {}
