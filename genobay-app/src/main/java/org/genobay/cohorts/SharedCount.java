package org.genobay.cohorts;

import java.util.Optional;
import org.genobay.sharing.Granularity;
import org.genobay.sharing.SmallCountRule.DisclosedCount;

/**
 * How many of another institution's participants, in one shared dataset, meet the criteria, as far as the user may
 * know: under {@link org.genobay.sharing.SmallCountRule} always, as a yes/no only for BOOLEAN access, and nothing at
 * all when the dataset cannot answer the criteria (then {@code note} says why).
 *
 * @param count low and high bounds of the count ({@code low == high} when exact); empty for BOOLEAN or not applicable
 * @param exists whether it has members; empty when not applicable
 */
public record SharedCount(
        long datasetId,
        String dataset,
        String institution,
        Granularity granularity,
        boolean applicable,
        Optional<DisclosedCount> count,
        Optional<Boolean> exists,
        Optional<String> note) {

    /** "12", "1–4", "yes", "no" or "—", for pages. */
    public String label() {
        if (count.isPresent()) {
            return count.get().label();
        }
        return exists.map(e -> e ? "yes" : "no").orElse("—");
    }
}
