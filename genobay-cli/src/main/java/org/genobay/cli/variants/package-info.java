/**
 * {@code genobay variants}: one command class per subcommand over the {@link org.genobay.variants.VariantStore}
 * engine, the options they share (mixins), and the TSV/JSON row writers they print with.
 */
package org.genobay.cli.variants;
