package org.genobay.variants;

import java.util.List;

/** A cohort names samples the dataset does not hold. */
public final class UnknownSampleException extends VariantStoreException {
    private final List<String> samples;

    public UnknownSampleException(String dataset, List<String> samples) {
        super("dataset '" + dataset + "' has no sample" + (samples.size() == 1 ? " " : "s ") + preview(samples));
        this.samples = List.copyOf(samples);
    }

    private static String preview(List<String> samples) {
        int shown = Math.min(samples.size(), 10);
        String head = String.join(", ", samples.subList(0, shown));
        return shown < samples.size() ? head + " (and " + (samples.size() - shown) + " more)" : head;
    }

    public List<String> samples() {
        return samples;
    }
}
