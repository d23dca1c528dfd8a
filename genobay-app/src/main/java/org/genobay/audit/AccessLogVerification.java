package org.genobay.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the access log's hash chain from its first entry to the head and names the first entry where it breaks: an
 * entry changed after it was written, an entry removed, added or moved before it, or the newest entries cut off.
 */
@Service
public class AccessLogVerification {

    static final int PAGE = 2_000;

    private final AccessEventRepository events;
    private final AccessLogHeadRepository heads;

    AccessLogVerification(AccessEventRepository events, AccessLogHeadRepository heads) {
        this.events = events;
        this.heads = heads;
    }

    /**
     * What a verification found. {@code head} is the newest hash: kept outside the database (printed, sent to a
     * partner), it also shows later whether someone rewrote the whole chain.
     */
    public record Result(
            long entries, boolean intact, Optional<Long> firstBrokenEntry, Optional<String> problem, String head) {

        static Result intact(long entries, String head) {
            return new Result(entries, true, Optional.empty(), Optional.empty(), head);
        }

        static Result broken(long entries, long entry, String problem, String head) {
            return new Result(entries, false, Optional.of(entry), Optional.of(problem), head);
        }
    }

    /** For an institution's administrator (the API); the result names entry numbers only, no content. */
    public Result verify(CurrentUser user) {
        user.requireAnyRole("verify the access log", Role.ADMINISTRATOR);
        return verify();
    }

    /** Entries appended while it runs are left for the next verification: it checks up to the head it first read. */
    @Transactional(readOnly = true)
    public Result verify() {
        AccessLogHead head = heads.head()
                .orElseThrow(() -> new IllegalStateException("the access log has no head row (migration V5)"));
        long upTo = head.lastEventId() == null ? 0 : head.lastEventId();
        String expectedPrevious = AccessLogChain.GENESIS;
        long previousId = 0;
        long checked = 0;
        while (previousId < upTo) {
            List<AccessEvent> page = events.findByIdGreaterThanOrderByIdAsc(previousId, Limit.of(PAGE));
            for (AccessEvent event : page) {
                if (event.id() > upTo) {
                    break;
                }
                checked++;
                if (!event.previousHash().equals(expectedPrevious)) {
                    return Result.broken(
                            checked,
                            event.id(),
                            "entry " + event.id() + " does not follow "
                                    + (previousId == 0 ? "the start of the log" : "entry " + previousId)
                                    + ": an entry between them was removed, added or moved",
                            head.lastHash());
                }
                if (!event.recomputedHash().equals(event.entryHash())) {
                    return Result.broken(
                            checked,
                            event.id(),
                            "entry " + event.id() + " was changed after it was written",
                            head.lastHash());
                }
                expectedPrevious = event.entryHash();
                previousId = event.id();
            }
            if (page.size() < PAGE || previousId >= upTo) {
                break;
            }
        }
        if (previousId != upTo || !Objects.equals(expectedPrevious, head.lastHash())) {
            return Result.broken(
                    checked,
                    upTo,
                    "the log ends at " + (previousId == 0 ? "its start" : "entry " + previousId)
                            + " but its head names entry " + upTo + ": the newest entries were removed",
                    head.lastHash());
        }
        return Result.intact(checked, head.lastHash());
    }
}
