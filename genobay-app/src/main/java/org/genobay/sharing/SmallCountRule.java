package org.genobay.sharing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one small-count rule of the platform, used by every answer that gives a number of people or records outside
 * the owning institution (Beacon, cohort builder): a count from 1 to {@code threshold - 1} is never given exactly,
 * only as "between 1 and threshold - 1", so that a count cannot single out a person. Zero is told as zero: it
 * reveals nobody. {@code genobay.sharing.small-count-threshold} sets the threshold (default 5; 1 turns the rule off).
 */
@Component
public class SmallCountRule {

    private final long threshold;

    SmallCountRule(@Value("${genobay.sharing.small-count-threshold:5}") long threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException(
                    "genobay.sharing.small-count-threshold must be at least 1, was " + threshold);
        }
        this.threshold = threshold;
    }

    public static SmallCountRule withThreshold(long threshold) {
        return new SmallCountRule(threshold);
    }

    public long threshold() {
        return threshold;
    }

    /** What may be told of an exact count. */
    public DisclosedCount disclose(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        if (count == 0 || count >= threshold) {
            return new DisclosedCount(count, count, true);
        }
        return new DisclosedCount(1, threshold - 1, false);
    }

    /**
     * A count as it may be told: exact ({@code low == high}) or a range that holds the true count.
     *
     * @param exact whether {@code low} is the count itself
     */
    public record DisclosedCount(long low, long high, boolean exact) {

        public boolean exists() {
            return high > 0;
        }

        /** "0", "27" or "1–4", for pages. */
        public String label() {
            return exact ? Long.toString(low) : low + "–" + high;
        }
    }
}
