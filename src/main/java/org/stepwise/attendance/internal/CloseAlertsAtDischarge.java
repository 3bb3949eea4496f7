package org.stepwise.attendance.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.episodes.ClientDischarged;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/**
 * Issue 7: a discharged client's open attendance alerts are closed with the note "closed at discharge": nobody is to
 * chase attendance of someone who has left. After commit, from the event registry (a crash loses nothing); no new
 * alerts follow, since alerts are raised only for admitted episodes ({@link RaiseAttendanceAlerts}).
 */
@Component
class CloseAlertsAtDischarge {

    static final String NOTE = "closed at discharge";
    private static final String SYSTEM = "system";

    private final AttendanceAlertStore alerts;
    private final AuditLog audit;
    private final Clock clock;

    CloseAlertsAtDischarge(AttendanceAlertStore alerts, AuditLog audit, Clock clock) {
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ClientDischarged event) {
        List<UUID> closed = alerts.closeAllOpen(new EpisodeId(event.episodeId()), NOTE, SYSTEM,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!closed.isEmpty()) {
            audit.recordAs(SYSTEM, "", AuditAction.UPDATE, new ClientId(event.clientId()), "attendance alert",
                    closed.size() + (closed.size() == 1 ? " open alert" : " open alerts") + " " + NOTE + " ("
                            + event.type().label() + " on " + event.dischargedOn() + ")");
        }
    }
}
