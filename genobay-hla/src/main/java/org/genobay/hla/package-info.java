/**
 * HLA nomenclature: an IPD-IMGT/HLA release loaded from its WMDA files ({@link HlaRelease}, read by
 * {@link ImgtReleaseReader}), typings parsed as labs send them ({@link TypingParser} into a {@link GlString}), and
 * reductions to G, P, lg, lgx, exon, W, U2 and serology ({@link Reducer}) with the semantics of NMDP's py-ard.
 *
 * <p>Plain Java, no framework: the application, the command line and the matching engine use it alike. A loaded
 * release is immutable and safe to share between threads.
 */
package org.genobay.hla;
