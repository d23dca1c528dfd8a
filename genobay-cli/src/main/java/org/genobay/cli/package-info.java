/** The {@code genobay} command line. */
package org.genobay.cli;
