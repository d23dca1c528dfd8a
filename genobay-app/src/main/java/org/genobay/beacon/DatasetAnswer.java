package org.genobay.beacon;

import java.util.List;
import java.util.Map;
import org.genobay.sharing.Granularity;
import org.genobay.sharing.SharedDataset;

/**
 * What one dataset answers to one query, already within what the caller may learn.
 *
 * @param granularity what the answer holds: BOOLEAN (exists only), COUNT (exists and count) or RECORD
 * @param count the number of entries; meaningful only from COUNT on (the small-count rule has downgraded a small
 *     count to BOOLEAN before)
 * @param results one page of records, for RECORD only
 */
record DatasetAnswer(
        SharedDataset dataset, Granularity granularity, boolean exists, long count, List<Map<String, Object>> results) {

    DatasetAnswer {
        results = List.copyOf(results);
        if (granularity == Granularity.NONE) {
            throw new IllegalArgumentException("a dataset that may tell nothing gives no answer");
        }
        if (granularity != Granularity.RECORD && !results.isEmpty()) {
            throw new IllegalArgumentException("records in a " + granularity + " answer");
        }
    }
}
