package org.stepwise.scheduling;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.scheduling.internal.SessionStore;

/**
 * Who is booked into a session, as a person sees it: one VIEW audit row per client shown. (Like a track's roster, a
 * session's roster names clients to anyone who sees the schedule; nothing clinical is on it.)
 */
@Service
public class Rosters {

    private final SessionStore store;
    private final AuditLog audit;

    Rosters(SessionStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public List<BookedClient> view(SessionView session) {
        List<BookedClient> roster = store.roster(session.id());
        roster.forEach(c -> audit.record(AuditAction.VIEW, c.client(), "session roster", Bookings.describe(session)));
        return roster;
    }
}
