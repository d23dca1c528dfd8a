package org.genobay.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.accounts.Role;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records reads of personal data, in the reading transaction, and shows an institution's log to its administrators. */
@Service
public class AccessAudit {

    static final int LIMIT = 500;

    private final AccessEventRepository events;
    private final AccessLogHeadRepository head;
    private final Clock clock;

    AccessAudit(AccessEventRepository events, AccessLogHeadRepository head, Clock clock) {
        this.events = events;
        this.head = head;
        this.clock = clock;
    }

    /** One read: when, who, what kind of read, of which subject (a study ID, or what was searched for). */
    public record AccessView(Instant at, String who, String action, String subject, String detail) {}

    /**
     * Joins the caller's transaction, which must not be read-only: a read that cannot be logged does not happen. The
     * entry is chained to the newest one under the head's lock, held until the caller commits, so concurrent reads
     * are logged one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CurrentUser user, String action, String subject, String detail) {
        AccessLogHead newest = head.lockHead()
                .orElseThrow(() -> new IllegalStateException("the access log has no head row (migration V5)"));
        AccessEvent appended = events.saveAndFlush(new AccessEvent(
                clock.instant(),
                user.username(),
                user.institutionId(),
                action,
                truncated(subject, 64),
                truncated(detail, 200),
                newest.lastHash()));
        newest.advance(appended);
    }

    /** The newest reads of the user's institution, of one subject or of all. */
    @Transactional(readOnly = true)
    public List<AccessView> log(Optional<String> subject, CurrentUser user) {
        user.requireAnyRole("see the access log", Role.ADMINISTRATOR);
        List<AccessEvent> found = subject.map(s ->
                        events.findByInstitutionIdAndSubjectOrderByIdDesc(user.institutionId(), s, Limit.of(LIMIT)))
                .orElseGet(() -> events.findByInstitutionIdOrderByIdDesc(user.institutionId(), Limit.of(LIMIT)));
        return found.stream().map(AccessEvent::view).toList();
    }

    private static String truncated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
