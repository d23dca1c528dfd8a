package org.genobay.biobank;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.genobay.accounts.CurrentUser;
import org.springframework.stereotype.Component;

/** Writes the chain of custody: every change to a specimen goes through here, in the transaction of the change. */
@Component
class Custody {

    private final CustodyRepository events;
    private final StorageRepository storage;
    private final Clock clock;

    Custody(CustodyRepository events, StorageRepository storage, Clock clock) {
        this.events = events;
        this.storage = storage;
        this.clock = clock;
    }

    /** One custody event as the API and pages show it. */
    public record EventView(Instant at, String who, String what, String where, String detail) {}

    void record(Specimen specimen, CustodyEvent.Kind kind, String detail, CurrentUser user) {
        String where = specimen.boxId()
                .map(box -> path(box) + " › " + specimen.position().orElseThrow())
                .orElse(user.institutionName() + " (not in storage)");
        record(specimen, kind, detail, user, where);
    }

    /** An event where the specimen is not in one of the user's boxes, e.g. in transit to another institution. */
    void record(Specimen specimen, CustodyEvent.Kind kind, String detail, CurrentUser user, String where) {
        events.save(new CustodyEvent(specimen.id(), clock.instant(), user.username(), kind, where, detail));
    }

    List<EventView> of(Specimen specimen) {
        return events.findBySpecimenIdOrderByOccurredAtAscIdAsc(specimen.id()).stream()
                .map(e -> new EventView(e.occurredAt(), e.actor(), e.kind().name(), e.location(), e.detail()))
                .toList();
    }

    /** The names from the freezer down to the unit, e.g. "Freezer A › Rack 2 › Box 7". */
    String path(long unitId) {
        StorageUnit unit = storage.findById(unitId).orElseThrow();
        return unit.parentId().map(parent -> path(parent) + " › ").orElse("") + unit.name();
    }
}
