package org.genobay.beacon;

import java.util.Optional;

/**
 * Which entries a request asks for: all of an entry type ({@code /individuals}), one by id
 * ({@code /individuals/{id}}), or those of another type reached from one ({@code /individuals/{id}/g_variants}).
 */
record EntryPath(EntryType base, Optional<String> id, Optional<EntryType> target) {

    static final int MAX_ID = 100;

    EntryPath {
        id.ifPresent(value -> {
            if (value.isBlank() || value.length() > MAX_ID || !value.matches("[A-Za-z0-9._:-]+")) {
                throw BeaconException.badRequest("id '" + BeaconRequests.abbreviated(value) + "' is not 1 to " + MAX_ID
                        + " letters, digits, '.', '_', ':' or '-'");
            }
        });
        if (target.isPresent() && id.isEmpty()) {
            throw new IllegalArgumentException("a cross-entry path needs the id of its entry");
        }
    }

    /** The entry type whose entries the response holds. */
    EntryType answered() {
        return target.orElse(base);
    }

    /** Keyed by a person or a person's sample: answered only from datasets whose records the caller may see. */
    boolean personKeyed() {
        return id.isPresent() && (base == EntryType.INDIVIDUALS || base == EntryType.BIOSAMPLES);
    }

    String text() {
        return "/" + base.path() + id.map(i -> "/" + i).orElse("")
                + target.map(t -> "/" + t.path()).orElse("");
    }
}
