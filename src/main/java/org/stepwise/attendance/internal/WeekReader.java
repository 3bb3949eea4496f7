package org.stepwise.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stepwise.attendance.AttendanceRecord;
import org.stepwise.attendance.ClientWeek;
import org.stepwise.attendance.rules.WeekTally;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;

/**
 * Puts a client's week together from the schedule (their live bookings) and the attendance records. No access check
 * and no audit row: {@link org.stepwise.attendance.ClientWeeks} does both for people; the alert listener runs as the
 * system.
 */
@Component
public class WeekReader {

    private final Schedule schedule;
    private final AttendanceStore store;
    private final Clock clock;

    WeekReader(Schedule schedule, AttendanceStore store, Clock clock) {
        this.schedule = schedule;
        this.store = store;
        this.clock = clock;
    }

    public ClientWeek week(EpisodeFacts episode, IsoWeek week) {
        Map<SessionId, AttendanceRecord> records = new HashMap<>();
        store.forClientInWeek(episode.client(), week).forEach(r -> records.put(r.session(), r));
        List<SessionView> sessions = new ArrayList<>(schedule.bookedBy(episode.client(), week));
        // Sessions attended without a live booking any more (the booking was cancelled after check-in), read at once.
        List<SessionId> recordedOnly = records.keySet().stream()
                .filter(id -> sessions.stream().noneMatch(s -> s.id().equals(id))).toList();
        sessions.addAll(schedule.findAll(recordedOnly));
        sessions.sort(Comparator.comparing(SessionView::startsAt));
        List<ClientWeek.Session> shown = new ArrayList<>();
        List<WeekTally.Line> lines = new ArrayList<>();
        for (SessionView s : sessions) {
            AttendanceRecord record = records.get(s.id());
            shown.add(new ClientWeek.Session(s.id(), s.title(), s.typeName(), s.startsAt(), s.endsAt(), s.localStart(),
                    s.minutes(), s.facilitatorName(), s.roomName(), s.countedHours(), s.cancelled(), record));
            lines.add(new WeekTally.Line(s.day(), s.countedHours(), s.cancelled(),
                    record == null ? null : record.status(),
                    record == null ? java.math.BigDecimal.ZERO : record.attendedHours()));
        }
        ZoneId zone = sessions.isEmpty() ? clock.getZone() : ZoneId.of(sessions.getFirst().siteTimezone());
        WeekTally tally = WeekTally.of(episode.weeklyHours(), lines, LocalDate.now(clock.withZone(zone)));
        return new ClientWeek(episode.id(), episode.client(), week, episode.weeklyHours(), tally.scheduled(),
                tally.attended(), tally.remaining(), tally.reachable(), shown);
    }

    /** Whether the week is over at the client's site (alerts are about weeks still in progress). */
    public boolean ended(IsoWeek week, ZoneId zone) {
        return week.sunday().isBefore(LocalDate.now(clock.withZone(zone)));
    }
}
