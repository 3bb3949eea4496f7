package org.stepwise.followup.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.episodes.ClientDischarged;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Organisation;

/**
 * Makes a discharged client's follow-ups: one per day of the program's schedule (7, 30 and 90 days unless the program
 * says otherwise), for every kind of discharge, after the discharge committed, in a transaction of its own, from the
 * event publication registry (a crash loses nothing). Idempotent: a redelivered event finds its follow-ups made and
 * makes none twice (one per episode and day).
 */
@Component
class FollowUpScheduler {

    private final FollowUpStore store;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;

    FollowUpScheduler(FollowUpStore store, Organisation organisation, AuditLog audit, Clock clock) {
        this.store = store;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ClientDischarged discharged) {
        ClientId client = new ClientId(discharged.clientId());
        List<Integer> days = organisation.program(new ProgramId(discharged.programId())).followUpDays();
        // Chosen when the tasks are made: who is on the care team at discharge is who knows the client.
        StaffId assignee = store.assigneeFor(client).orElse(null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int made = 0;
        for (int day : days) {
            if (store.insertIfAbsent(discharged.episodeId(), client, discharged.programId(), discharged.type().name(),
                    discharged.dischargedOn(), day, assignee, now)) {
                made++;
            }
        }
        if (made > 0) {
            audit.recordAs("system", "", AuditAction.CREATE, client, "follow-ups",
                    made + " follow-ups after discharge on " + discharged.dischargedOn() + " (days "
                            + days.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")");
        }
    }
}
