package org.stepwise.scheduling.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.episodes.ClientDischarged;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/**
 * Issue 7: a discharge closes the client's bookings of sessions after the last day of treatment. A plain (synchronous)
 * listener, not a module listener after commit: it runs inside the discharge's transaction, so a discharge never
 * commits with seats still held, and if cancelling fails the discharge fails with it. Bookings on or before the last
 * day stay, since attendance may still be recorded for days in treatment.
 */
@Component
class DischargeClosesBookings {

    private final SessionStore sessions;
    private final AuditLog audit;
    private final Clock clock;

    DischargeClosesBookings(SessionStore sessions, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(ClientDischarged event) {
        int cancelled = sessions.cancelBookingsAfter(new EpisodeId(event.episodeId()), event.dischargedOn(),
                clock.instant());
        if (cancelled > 0) {
            audit.record(AuditAction.UPDATE, new ClientId(event.clientId()), "booking", cancelled
                    + (cancelled == 1 ? " booking" : " bookings") + " after " + event.dischargedOn()
                    + " cancelled at discharge");
        }
    }
}
