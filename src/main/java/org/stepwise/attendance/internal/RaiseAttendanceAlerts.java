package org.stepwise.attendance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stepwise.attendance.AttendanceAlert;
import org.stepwise.attendance.AttendanceAlertId;
import org.stepwise.attendance.AttendanceRecord;
import org.stepwise.attendance.AttendanceStatus;
import org.stepwise.attendance.ClientWeek;
import org.stepwise.attendance.SessionAttended;
import org.stepwise.attendance.rules.MakeUpSessions;
import org.stepwise.attendance.rules.MissedRun;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.scheduling.Availabilities;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;

/**
 * After each recorded or corrected attendance, raises an alert when the client can no longer reach the week's target or
 * has missed two booked sessions in a row, with make-up sessions suggested. Runs after the attendance is committed, in
 * a transaction of its own, from the event publication registry (a crash loses nothing); raising is idempotent (one
 * alert per episode, kind and week or run, by a unique index). Alerts are about weeks still in progress: recording
 * attendance of a week that has ended raises none.
 */
@Component
class RaiseAttendanceAlerts {

    private static final Logger log = LoggerFactory.getLogger(RaiseAttendanceAlerts.class);
    /** How far around a missed session to look for the sessions booked before and after it. */
    private static final Duration RUN_WINDOW = Duration.ofDays(28);

    private final Schedule schedule;
    private final EpisodeRecords episodes;
    private final WeekReader weeks;
    private final AttendanceStore attendance;
    private final Availabilities availabilities;
    private final AttendanceAlertStore alerts;
    private final AuditLog audit;
    private final Clock clock;

    RaiseAttendanceAlerts(Schedule schedule, EpisodeRecords episodes, WeekReader weeks, AttendanceStore attendance,
            Availabilities availabilities, AttendanceAlertStore alerts, AuditLog audit, Clock clock) {
        this.schedule = schedule;
        this.episodes = episodes;
        this.weeks = weeks;
        this.attendance = attendance;
        this.availabilities = availabilities;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SessionAttended attended) {
        Optional<SessionView> session = schedule.find(attended.session());
        Optional<EpisodeFacts> episode = episodes.facts(attended.episode());
        if (session.isEmpty() || episode.isEmpty() || episode.get().status() != EpisodeStatus.ADMITTED
                || weeks.ended(session.get().week(), ZoneId.of(session.get().siteTimezone()))) {
            return;
        }
        EpisodeFacts e = episode.get();
        IsoWeek week = session.get().week();
        ClientWeek tally = weeks.week(e, week);
        if (!tally.targetReachable()) {
            raise(e, AttendanceAlert.Kind.SHORT_OF_TARGET, week.toString(), week, "At most " + tally.reachableHours()
                    + " of the " + tally.targetHours() + " hours of " + week + " can still be met: "
                    + tally.attendedHours() + " attended, " + tally.reachableHours().subtract(tally.attendedHours())
                    + " still booked.");
        }
        if (attended.status().isAbsence()) {
            missedRun(e, session.get()).ifPresent(run -> raise(e, AttendanceAlert.Kind.MISSED_IN_A_ROW,
                    run.getFirst().id().toString(), week, "Missed " + run.size() + " sessions in a row: "
                            + run.stream().map(Bookings::describe).collect(Collectors.joining("; ")) + "."));
        }
    }

    /** The run of missed sessions that includes this one, when it is long enough; the client's sessions in time order. */
    private Optional<List<SessionView>> missedRun(EpisodeFacts e, SessionView missed) {
        List<SessionView> booked = schedule.bookedBy(e.client(), missed.startsAt().minus(RUN_WINDOW),
                missed.endsAt().plus(RUN_WINDOW)).stream().filter(s -> !s.cancelled()).toList();
        Map<SessionId, AttendanceRecord> records = attendance.forClientSessions(e.client(),
                booked.stream().map(SessionView::id).toList()).stream()
                .collect(Collectors.toMap(AttendanceRecord::session, Function.identity()));
        List<@Nullable AttendanceStatus> statuses = new ArrayList<>();
        int at = -1;
        for (SessionView s : booked) {
            AttendanceRecord r = records.get(s.id());
            statuses.add(r == null ? null : r.status());
            if (s.id().equals(missed.id())) {
                at = statuses.size() - 1;
            }
        }
        OptionalInt first = MissedRun.including(statuses, at);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<SessionView> run = new ArrayList<>();
        for (int i = first.getAsInt(); i < booked.size(); i++) {
            AttendanceStatus status = statuses.get(i);
            if (status == null || !status.isAbsence()) {
                break;
            }
            run.add(booked.get(i));
        }
        return Optional.of(run);
    }

    private void raise(EpisodeFacts e, AttendanceAlert.Kind kind, String key, IsoWeek week, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AttendanceAlert alert = new AttendanceAlert(AttendanceAlertId.random(), e.client(), e.id(), kind, week,
                reason.length() > 500 ? reason.substring(0, 497) + "..." : reason, now, null, 0, makeUps(e, week, now));
        if (alerts.insertIfNew(alert, key)) {
            audit.recordAs("system", "", AuditAction.CREATE, e.client(), "attendance alert",
                    kind.label() + ": " + alert.reason());
            log.info("Attendance alert {} ({}) raised for client {}", alert.id(), kind, e.client());
        }
    }

    private List<SessionId> makeUps(EpisodeFacts e, IsoWeek week, Instant now) {
        List<MakeUpSessions.Candidate<SessionId>> same = candidates(e, week);
        List<MakeUpSessions.Candidate<SessionId>> next = candidates(e, week.next());
        Instant from = week.monday().atStartOfDay(clock.getZone()).toInstant().minus(Duration.ofDays(1));
        Instant to = week.next().sunday().plusDays(2).atStartOfDay(clock.getZone()).toInstant();
        List<MakeUpSessions.Busy> busy = schedule.bookedBy(e.client(), from, to).stream()
                .filter(s -> !s.cancelled())
                .map(s -> new MakeUpSessions.Busy(s.startsAt(), s.endsAt()))
                .toList();
        return MakeUpSessions.choose(same, next, busy, availabilities.of(e.id()).orElse(null), now).stream()
                .map(MakeUpSessions.Candidate::id)
                .toList();
    }

    private List<MakeUpSessions.Candidate<SessionId>> candidates(EpisodeFacts e, IsoWeek week) {
        return schedule.week(week, null).stream()
                .filter(s -> e.track().equals(s.track()))
                .map(s -> new MakeUpSessions.Candidate<>(s.id(), s.startsAt(), s.endsAt(), s.localStart(), s.minutes(),
                        s.countedHours(), s.cancelled(), s.full()))
                .toList();
    }
}
