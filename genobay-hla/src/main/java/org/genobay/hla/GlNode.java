package org.genobay.hla;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Operands joined by one GL operator: {@code A*01:01/A*01:02} is an {@link GlOperator#ALLELES} node of two alleles.
 *
 * @param operator the operator between the parts
 * @param parts two or more operands, each binding tighter than {@code operator}
 */
public record GlNode(GlOperator operator, List<GlString> parts) implements GlString {
    public GlNode {
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a GL '" + operator.symbol() + "' needs two or more parts: " + parts);
        }
    }

    @Override
    public String text() {
        return parts.stream().map(GlString::text).collect(Collectors.joining(String.valueOf(operator.symbol())));
    }
}
