package org.genobay.variants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sample IDs of a dataset and their indices, in order of first appearance across the inputs. */
final class SampleDictionary {
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    static SampleDictionary of(List<String> ids) {
        SampleDictionary d = new SampleDictionary();
        ids.forEach(d::add);
        return d;
    }

    int add(String id) {
        return index.computeIfAbsent(id, k -> {
            ids.add(k);
            return ids.size() - 1;
        });
    }

    Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(index.get(id));
    }

    String id(int i) {
        return ids.get(i);
    }

    int size() {
        return ids.size();
    }

    List<String> ids() {
        return List.copyOf(ids);
    }
}
