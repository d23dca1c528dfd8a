package org.genobay.hla;

/**
 * A parsed typing: a single {@link Typing} (an allele, group, code or antigen), or operands joined by one
 * {@link GlOperator} ({@link GlNode}). {@code A*01:01+A*02:01^B*07:02+B*08:01} is a {@code ^} node of two {@code +}
 * nodes of alleles.
 */
public sealed interface GlString permits Typing, GlNode {
    /** The typing written back in GL string syntax, as it was given (prefixes and all). */
    String text();
}
