/** The {@code genobay hla} commands: HLA nomenclature from an IPD-IMGT/HLA release the user keeps on disk. */
package org.genobay.cli.hla;
