package org.genobay.hla.match;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Interns names (alleles, groups, antigens) to small ints, so prepared typings compare ints; thread-safe. */
final class Ids {
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int of(String name) {
        return ids.computeIfAbsent(name, k -> next.getAndIncrement());
    }

    /** The names' ids, sorted and unique. */
    int[] sorted(Collection<String> names) {
        return names.stream().mapToInt(this::of).sorted().distinct().toArray();
    }
}
