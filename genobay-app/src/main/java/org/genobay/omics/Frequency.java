package org.genobay.omics;

import org.genobay.variants.AlleleCounts;

/**
 * Allele counts of one variant in one group of samples, as bcftools {@code +fill-tags} computes them.
 *
 * @param group a population code, {@code all}, or {@link VariantQueries#UNLINKED} for samples no participant claims
 * @param samples how many of the dataset's samples are in the group
 * @param af AC/AN, or {@code null} when no allele is called
 */
public record Frequency(String group, int samples, int ac, int an, Double af, int het, int homAlt) {

    static Frequency of(String group, int samples, AlleleCounts counts) {
        return new Frequency(
                group,
                samples,
                counts.ac(),
                counts.an(),
                counts.an() == 0 ? null : counts.af(),
                counts.het(),
                counts.homAlt());
    }

    /** AF as bcftools prints it ({@code %g}, six significant digits), or {@code .} when no allele is called. */
    public String afText() {
        if (af == null) {
            return ".";
        }
        String text = String.format(java.util.Locale.ROOT, "%g", af);
        if (text.contains("e")) {
            String[] parts = text.split("e");
            return parts[0].replaceAll("\\.?0+$", "") + "e" + parts[1];
        }
        return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
    }
}
