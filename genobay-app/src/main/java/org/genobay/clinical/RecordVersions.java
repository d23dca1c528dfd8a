package org.genobay.clinical;

import java.util.Optional;
import org.genobay.errors.ConflictException;
import org.genobay.errors.PreconditionRequiredException;

/**
 * Optimistic locking of clinical records: a change or removal of an existing record names the version its author
 * last read. Without one it is refused (428 in the API), with an older one too (409), naming who changed the record
 * since and when, so that two clinicians never silently overwrite each other.
 */
final class RecordVersions {

    private RecordVersions() {}

    /**
     * Refuses the change unless {@code seen} is the record's current version.
     *
     * @param what the record as the messages name it, e.g. {@code diagnosis 12 of GB-0001}
     */
    static void require(String what, ParticipantRecord record, Optional<Long> seen) {
        if (seen.isEmpty()) {
            throw new PreconditionRequiredException(what + " exists: send the version you last read with the change"
                    + " (the If-Match header in the API, e.g. If-Match: \"3\"; the version field of each record of"
                    + " GET /api/clinical/participants/{studyId})");
        }
        if (seen.get() != record.version()) {
            throw stale(what, record, seen.get());
        }
    }

    static ConflictException stale(String what, ParticipantRecord record, long seen) {
        return new ConflictException(
                ConflictException.CONCURRENT_EDIT,
                what + " was changed by " + record.recordedBy() + " at " + record.recordedAt()
                        + " (it is at version " + record.version() + ", your change was made on version " + seen
                        + "); reload it and make your change again");
    }

    /** Two changes made on the same version at the same moment: the database let only the first one through. */
    static ConflictException lostRace(String what) {
        return new ConflictException(
                ConflictException.CONCURRENT_EDIT,
                what + " was changed by someone else while your change was saved; reload it and make your change"
                        + " again");
    }
}
