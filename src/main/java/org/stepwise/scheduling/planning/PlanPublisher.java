package org.stepwise.scheduling.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.BookingSource;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.NewSession;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.scheduling.WeekSchedulePublished;
import org.stepwise.scheduling.optimizer.Appointment;
import org.stepwise.scheduling.optimizer.AppointmentKind;
import org.stepwise.scheduling.optimizer.ClientWeek;
import org.stepwise.scheduling.optimizer.GroupSeat;
import org.stepwise.scheduling.optimizer.Names;
import org.stepwise.scheduling.optimizer.ScheduleRules;
import org.stepwise.scheduling.optimizer.Violation;
import org.stepwise.scheduling.optimizer.WeekIndex;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;

/**
 * Publishes a plan a person accepts, all or nothing: the plan is checked once more against the week as it is now (with
 * the optimizer's own hard rules, {@link ScheduleRules}), the optimizer's earlier bookings in sessions still to come
 * are replaced, group seats become bookings and appointments become one-to-one sessions with their booking, all booked
 * at once ({@link Bookings#bookPlan}) while the plan's group sessions are locked from before the check. Sessions that
 * have started since the plan was made are left as they are.
 */
@Service
public class PlanPublisher {

    private static final Map<AppointmentKind, String> SESSION_TYPES = Map.of(AppointmentKind.INDIVIDUAL, "INDIVIDUAL",
            AppointmentKind.FAMILY, "FAMILY", AppointmentKind.MEDICATION_MANAGEMENT, "MEDICATION");
    private static final Map<AppointmentKind, String> TITLES = Map.of(AppointmentKind.INDIVIDUAL, "Individual therapy",
            AppointmentKind.FAMILY, "Family therapy", AppointmentKind.MEDICATION_MANAGEMENT, "Medication management");

    /** What an accepted plan booked. */
    public record Published(int seats, int appointments) implements java.io.Serializable {}

    private final RunStore runs;
    private final WeekProblemReader reader;
    private final Bookings bookings;
    private final SessionPlanning sessions;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanPublisher(RunStore runs, WeekProblemReader reader, Bookings bookings, SessionPlanning sessions, JdbcClient jdbc,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.reader = reader;
        this.bookings = bookings;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Accepts and publishes a finished run read at {@code version}.
     *
     * @throws NotFoundException no such run
     * @throws ConflictException decided already, still running, read at an older version, or the week changed so that
     *     the plan would now break a rule (run the optimizer again)
     * @throws InvalidRequestException the plan breaks a hard rule and cannot be published
     */
    @Transactional
    public Published accept(UUID id, int version, String by) {
        RunStore.Row run = decidable(id, version);
        if (!run.feasible() || run.plan() == null) {
            throw new InvalidRequestException("This plan breaks a hard rule and cannot be published; run the optimizer "
                    + "again or change the week by hand.");
        }
        bookings.lockForPlan(run.plan().groupSeats().stream().map(s -> new SessionId(s.sessionId())).toList());
        PlanningInput now = reader.read(run.week(), run.site() == null ? null : new SiteId(run.site()));
        WeekIndex index = WeekIndex.of(now.problem());
        List<GroupSeat> seats = run.plan().groupSeats().stream()
                .filter(s -> index.session(s.sessionId()).isPresent() && index.client(s.clientId()).isPresent())
                .toList();
        List<Appointment> appointments = run.plan().bookedAppointments().stream()
                .filter(a -> index.slotsOf(a.staffId()).stream().anyMatch(slot -> slot.time().equals(a.time()))
                        && index.client(a.clientId()).isPresent())
                .toList();
        Map<java.util.UUID, String> names = new HashMap<>(now.clientNames());
        names.putAll(now.staffNames());
        List<Violation> broken = new ScheduleRules(Names.of(names)).check(index, seats, appointments);
        if (!broken.isEmpty()) {
            throw new ConflictException("The week changed since this plan was made: " + broken.getFirst().message()
                    + ". Run the optimizer again.");
        }
        Instant at = clock.instant();
        replaceEarlierOptimizerBookings(run, at);
        List<Bookings.PlannedSeat> planned = new ArrayList<>(seats.size() + appointments.size());
        for (GroupSeat seat : seats) {
            planned.add(new Bookings.PlannedSeat(new SessionId(seat.sessionId()), new ClientId(seat.clientId()),
                    episodeOf(index, seat.clientId())));
        }
        List<SessionId> created = sessions.createAll(appointments.stream().map(appointment -> new NewSession(
                SESSION_TYPES.get(appointment.kind()),
                new SiteId(index.client(appointment.clientId()).orElseThrow().siteId()), null, null, null,
                new StaffId(appointment.staffId()), TITLES.get(appointment.kind()),
                run.week().day(appointment.time().day()).atTime(appointment.time().start()), null, null)).toList());
        for (int i = 0; i < appointments.size(); i++) {
            ClientWeek client = index.client(appointments.get(i).clientId()).orElseThrow();
            planned.add(new Bookings.PlannedSeat(created.get(i), new ClientId(client.clientId()),
                    new EpisodeId(client.episodeId())));
        }
        bookings.bookPlan(planned, BookingSource.OPTIMIZER, by);
        if (!runs.decide(id, version, RunStatus.ACCEPTED, by, at)) {
            throw new ConflictException("Someone decided on this plan a moment ago; reload the page.");
        }
        String detail = "Published the optimizer's plan: %d group seats, %d appointments".formatted(seats.size(),
                appointments.size());
        if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication() == null) {
            audit.recordAs(by, "", AuditAction.UPDATE, null, "schedule " + run.week(), detail); // start-up, no request
        } else {
            audit.record(AuditAction.UPDATE, null, "schedule " + run.week(), detail);
        }
        events.publishEvent(new WeekSchedulePublished(id, run.week(), run.site() == null ? null : new SiteId(run.site()),
                seats.size(), appointments.size(), by));
        return new Published(seats.size(), appointments.size());
    }

    /** Discards a finished plan; nothing is booked. */
    @Transactional
    public void discard(UUID id, int version, String by) {
        decidable(id, version);
        if (!runs.decide(id, version, RunStatus.DISCARDED, by, clock.instant())) {
            throw new ConflictException("Someone decided on this plan a moment ago; reload the page.");
        }
    }

    private RunStore.Row decidable(UUID id, int version) {
        runs.lock(id).orElseThrow(() -> new NotFoundException("No optimizer run " + id + "."));
        RunStore.Row run = runs.find(id).orElseThrow();
        switch (run.status()) {
            case RUNNING -> throw new ConflictException("The optimizer is still working on this plan; stop it or wait.");
            case ACCEPTED -> throw new ConflictException("This plan was already accepted by " + run.decidedBy() + ".");
            case DISCARDED -> throw new ConflictException("This plan was discarded by " + run.decidedBy() + ".");
            case FAILED -> throw new ConflictException("This run failed and has no plan to publish.");
            case FINISHED -> { }
        }
        if (run.version() != version) {
            throw new ConflictException("This plan changed since you opened it; reload the page.");
        }
        return run;
    }

    private static EpisodeId episodeOf(WeekIndex index, UUID client) {
        return new EpisodeId(index.client(client).orElseThrow().episodeId());
    }

    /** The optimizer's own bookings in group sessions still to come make way for the new plan. */
    private void replaceEarlierOptimizerBookings(RunStore.Row run, Instant at) {
        jdbc.sql("""
                UPDATE booking b SET status = 'CANCELLED', cancelled_at = ?
                FROM session s
                WHERE s.id = b.session_id AND b.status = 'BOOKED' AND b.source = 'OPTIMIZER' AND s.week_start = ?
                  AND s.track_id IS NOT NULL AND s.starts_at > ? AND (CAST(? AS uuid) IS NULL OR s.site_id = ?)""")
                .params(at.atOffset(ZoneOffset.UTC), run.week().monday(), at.atOffset(ZoneOffset.UTC), run.site(),
                        run.site())
                .update();
    }
}
