package org.genobay.hla;

import java.util.List;

/**
 * One term of a typing, as a lab writes it. Every case keeps the text it was parsed from ({@link #text()}), so a
 * result can be written back in the form it came in ({@code HLA-} prefix and all).
 */
public sealed interface Typing extends GlString
        permits Typing.Allele, Typing.Group, Typing.Xx, Typing.Mac, Typing.Serology {

    /** Whether the lab wrote the {@code HLA-} prefix. */
    default boolean prefixed() {
        return text().startsWith("HLA-");
    }

    /**
     * An allele name of one to four fields, valid in the release: {@code A*01:01:01:01}, {@code A*01:01},
     * {@code DRB4*01:03N}. A one-field name ({@code A*01}) is read as {@link Xx}.
     *
     * @param name the allele without the {@code HLA-} prefix
     */
    record Allele(String text, AlleleName name) implements Typing {}

    /**
     * A G or P group of the release: {@code A*01:01:01G}, {@code A*01:01P}.
     *
     * @param name the group without the {@code HLA-} prefix
     * @param kind {@code 'G'} or {@code 'P'}
     */
    record Group(String text, String name, char kind) implements Typing {}

    /**
     * An XX code, or a one-field allele name, meaning any allele with that first field: {@code A*01:XX}, {@code A*01}.
     *
     * @param locusAndFirstField e.g. {@code A*01}
     */
    record Xx(String text, String locusAndFirstField) implements Typing {}

    /**
     * An NMDP multiple allele code: {@code A*01:AB} is {@code A*01:01/A*01:02}.
     *
     * @param locusAndFirstField e.g. {@code A*01}
     * @param code e.g. {@code AB}
     * @param alleles the names the code stands for that are valid in the release
     */
    record Mac(String text, String locusAndFirstField, String code, List<String> alleles) implements Typing {
        public Mac {
            alleles = List.copyOf(alleles);
        }
    }

    /**
     * A serological antigen known to the release: a broad ({@code A9}), a split ({@code A23}) or an associated antigen
     * ({@code A203}); HLA-C antigens are written {@code Cw}.
     */
    record Serology(String text, String antigen) implements Typing {}
}
