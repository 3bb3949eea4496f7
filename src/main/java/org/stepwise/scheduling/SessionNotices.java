package org.stepwise.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.scheduling.internal.NoticeStore;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** The notices sent when sessions change: a session's history, a staff member's own, a client's. */
@Service
public class SessionNotices {

    public static final int SHOWN = 50;

    /** One change in a session's history: what was said, when, by whom, and to how many. */
    public record Change(String message, Instant at, String by, int clientsTold, int staffTold) {}

    private final NoticeStore store;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final Clock clock;

    SessionNotices(NoticeStore store, ChartAccess chartAccess, AuditLog audit, Clock clock) {
        this.store = store;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.clock = clock;
    }

    /** The session's changes, newest first (names no client). */
    @Transactional(readOnly = true)
    public List<Change> history(SessionId session) {
        return store.history(session).stream()
                .map(s -> new Change(s.message(), s.at(), s.by(), s.clients(), s.staff())).toList();
    }

    /** The latest notices sent to a staff member, newest first. */
    @Transactional(readOnly = true)
    public List<SessionNotice> forStaff(StaffId staff) {
        return store.forStaff(staff, SHOWN);
    }

    /** How many of a staff member's notices are unread (the Today card). */
    @Transactional(readOnly = true)
    public long unread(StaffId staff) {
        return store.unread(staff);
    }

    /** Marks the staff member's notices up to {@code upTo} (the newest they were shown) as read. */
    @Transactional
    public int markRead(StaffId staff, Instant upTo) {
        return store.markRead(staff, upTo, clock.instant());
    }

    /** The latest notices sent to a client, after the chart-access check, audited as a view. */
    @Transactional
    public List<SessionNotice> forClient(ClientId client) {
        chartAccess.require(client);
        List<SessionNotice> notices = store.forClient(client, SHOWN);
        audit.record(AuditAction.VIEW, client, "session notices", notices.size() + " notice(s)");
        return notices;
    }
}
