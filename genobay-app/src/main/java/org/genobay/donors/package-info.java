/**
 * The stem-cell registry and cord-blood bank: donors and cord-blood units with their HLA typings (every typing
 * checked against the IMGT/HLA release, history kept), bulk import of donors, and patient searches ranked by HLA match
 * ({@link org.genobay.hla.match.HlaMatcher}), for cord-blood units also by the cord-blood rules and cell dose, saved
 * with their results and re-runnable.
 *
 * <p>Only {@code DonorSearchEngine} knows how candidates are found (today a scan of prepared typings; later the
 * bitmap donor index), so replacing the scan touches one class.
 */
package org.genobay.donors;
