package org.stepwise.attendance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.attendance.internal.AttendanceStore;
import org.stepwise.attendance.rules.AttendedHours;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.scheduling.BookedClient;
import org.stepwise.scheduling.BookingSource;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Taking attendance: a session's roster with each client's record, and check-in. Recording attendance is schedule
 * work: the CHECK_IN permission and a booking in the session suffice (a group's facilitator is rarely on every member's
 * care team). A client who is not booked is booked first through {@link Bookings} (a walk-in), with its rules: the
 * care-team check, the session's cap, no double booking. Every read and change is audited in the same transaction;
 * each recorded or corrected attendance publishes {@link SessionAttended}.
 */
@Service
public class CheckIns {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final Schedule schedule;
    private final Bookings bookings;
    private final EpisodeRecords episodes;
    private final ClientRegistry registry;
    private final AttendanceStore store;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckIns(Schedule schedule, Bookings bookings, EpisodeRecords episodes, ClientRegistry registry,
            AttendanceStore store, AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.schedule = schedule;
        this.bookings = bookings;
        this.episodes = episodes;
        this.registry = registry;
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The session's roster: booked clients by family name, then anyone with a record whose booking was cancelled since.
     * One VIEW audit row per client listed.
     *
     * @throws NotFoundException no such session
     */
    @Transactional
    public SessionRoster roster(SessionId id) {
        return roster(id, null);
    }

    /**
     * The roster line of one episode's client (a row of the roster page redrawn after a check-in); audited for that
     * client only. The roster is empty when they are not on it.
     */
    @Transactional
    public SessionRoster rosterLine(SessionId id, EpisodeId episode) {
        return roster(id, episode);
    }

    /**
     * The sessions of a day at every site (each by its site's date), in start order, with how many records each has.
     * Names no client.
     */
    @Transactional(readOnly = true)
    public List<SessionToCheckIn> day(LocalDate day) {
        List<SessionView> sessions = schedule.week(IsoWeek.containing(day), null).stream()
                .filter(s -> s.day().equals(day))
                .toList();
        return withRecordCounts(sessions);
    }

    /**
     * Today's sessions, each site by its own date (a clinic may span time zones), in start order, with how many records
     * each has. Names no client.
     */
    @Transactional(readOnly = true)
    public List<SessionToCheckIn> today() {
        // A site's today starts at most a day and fourteen hours (the widest time-zone offset) either side of now: read
        // only those two days and a half, not whole weeks, since the Today page of everyone who checks in asks for it.
        Instant now = clock.instant();
        Map<SessionId, SessionView> sessions = new LinkedHashMap<>();
        schedule.startingBetween(now.minus(Duration.ofHours(38)), now.plus(Duration.ofHours(38))).stream()
                .filter(s -> s.day().equals(LocalDate.now(clock.withZone(ZoneId.of(s.siteTimezone())))))
                .forEach(s -> sessions.putIfAbsent(s.id(), s));
        return withRecordCounts(sessions.values().stream()
                .sorted(Comparator.comparing(SessionView::startsAt)).toList());
    }

    private List<SessionToCheckIn> withRecordCounts(List<SessionView> sessions) {
        Map<SessionId, Integer> recorded = store.recordedCounts(sessions.stream().map(SessionView::id).toList());
        return sessions.stream().map(s -> new SessionToCheckIn(s, recorded.getOrDefault(s.id(), 0))).toList();
    }

    private SessionRoster roster(SessionId id, @Nullable EpisodeId only) {
        SessionView session = schedule.get(id);
        Map<ClientId, AttendanceRecord> records = store.forSession(id).stream()
                .collect(Collectors.toMap(AttendanceRecord::client, Function.identity()));
        List<RosterLine> lines = new ArrayList<>();
        for (BookedClient booked : schedule.roster(id)) {
            lines.add(new RosterLine(booked.client(), booked.episode(), booked.displayName(), booked.recordNumber(),
                    booked.source(), records.remove(booked.client())));
        }
        Map<ClientId, ClientSummary> unbookedNames = registry.findAll(records.keySet());
        for (AttendanceRecord unbooked : records.values()) {
            ClientSummary summary = unbookedNames.get(unbooked.client());
            lines.add(new RosterLine(unbooked.client(), unbooked.episode(),
                    summary == null ? "(record deleted)" : summary.displayName(),
                    summary == null ? "—" : summary.recordNumber(), null, unbooked));
        }
        int listed = lines.size();
        int recorded = (int) lines.stream().filter(line -> line.record() != null).count();
        if (only != null) {
            lines.removeIf(line -> !line.episode().equals(only));
        }
        String what = Bookings.describe(session);
        lines.forEach(line -> audit.record(AuditAction.VIEW, line.client(), "attendance roster", what));
        return new SessionRoster(session, lines, listed, recorded);
    }

    /**
     * Records how a client attended a session, or corrects it. Idempotent: the same status and minutes again change
     * nothing. A record made by someone else (or earlier) is changed only when {@link CheckIn#version()} names its
     * current version.
     *
     * @throws InvalidRequestException naming each field to fix; the session was cancelled or is on a later day; the
     *     client has no current episode
     * @throws NotFoundException no such session, episode or client
     * @throws AttendanceConflictException the client's attendance is recorded differently (carries the current record)
     * @throws ConflictException a walk-in into a full session, or one who is booked elsewhere at that time
     */
    @Transactional
    public CheckInOutcome record(SessionId sessionId, CheckIn checkIn) {
        AttendanceStatus status = checked(checkIn);
        SessionView session = schedule.get(sessionId);
        if (session.cancelled()) {
            throw new InvalidRequestException(Bookings.describe(session) + " was cancelled (" + session.cancelReason()
                    + "); there is no attendance to take.");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(session.siteTimezone())));
        if (session.day().isAfter(today)) {
            throw new InvalidRequestException(Bookings.describe(session) + " is on " + session.day().format(DAY)
                    + ": attendance is taken on the day of the session or after.");
        }
        int minutes = AttendedHours.minutes(status, checkIn.minutesAttended(), session.minutes());
        BigDecimal hours = AttendedHours.of(session.countedHours(), minutes, session.minutes());
        String by = currentUser.require().username();

        Booked booked = booking(session, checkIn, by);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AttendanceRecord fresh = new AttendanceRecord(UUID.randomUUID(), sessionId, booked.client(), booked.episode(),
                status, minutes, hours, by, now, 0);
        String what = Bookings.describe(session);
        if (store.insertIfAbsent(fresh)) {
            audit.record(AuditAction.CREATE, fresh.client(), "attendance", what + ": " + fresh.describe()
                    + (booked.walkIn() ? " (walk-in)" : ""));
            events.publishEvent(event(fresh, false));
            return new CheckInOutcome(fresh, CheckInOutcome.Change.RECORDED, booked.walkIn());
        }
        AttendanceRecord current = store.lock(sessionId, booked.client()).orElseThrow();
        if (current.sameAs(status, minutes)) {
            return new CheckInOutcome(current, CheckInOutcome.Change.UNCHANGED, booked.walkIn());
        }
        if (checkIn.version() == null || checkIn.version() != current.version()) {
            throw new AttendanceConflictException("Attendance at " + what + " is already recorded as "
                    + current.describe() + " by " + current.recordedBy() + " (version " + current.version() + "). "
                    + (checkIn.version() == null ? "To change it, send the current version with the change"
                            : "You sent version " + checkIn.version() + "; check the current record and send its "
                                    + "version to change it")
                    + "; nothing was saved.", current);
        }
        AttendanceRecord corrected = new AttendanceRecord(current.id(), sessionId, current.client(), current.episode(),
                status, minutes, hours, by, now, current.version() + 1);
        if (!store.update(corrected, current.version())) {
            throw new ConflictException("Someone else changed this attendance at the same moment; nothing was saved.");
        }
        audit.record(AuditAction.UPDATE, corrected.client(), "attendance", what + ": " + current.describe() + " → "
                + corrected.describe());
        events.publishEvent(event(corrected, true));
        return new CheckInOutcome(corrected, CheckInOutcome.Change.CORRECTED, false);
    }

    private record Booked(ClientId client, EpisodeId episode, boolean walkIn) {}

    /** The client's booking in the session; a walk-in is booked first (source CHECK_IN). */
    private Booked booking(SessionView session, CheckIn checkIn, String by) {
        Optional<BookedClient> line = schedule.roster(session.id()).stream()
                .filter(b -> checkIn.episode() != null ? b.episode().equals(checkIn.episode())
                        : b.client().equals(checkIn.client()))
                .findFirst();
        if (line.isPresent()) {
            requireInTreatment(session, line.get().episode());
            return new Booked(line.get().client(), line.get().episode(), false);
        }
        EpisodeFacts episode = episodeOf(checkIn);
        Optional<AttendanceRecord> recorded = store.find(session.id(), episode.client());
        if (recorded.isPresent()) {
            // Recorded while booked; the booking has been cancelled since. The record stands and may be corrected.
            requireInTreatment(session, recorded.get().episode());
            return new Booked(episode.client(), recorded.get().episode(), false);
        }
        requireInTreatment(session, episode);
        bookings.book(session.id(), episode.id(), BookingSource.CHECK_IN, by);
        return new Booked(episode.client(), episode.id(), true);
    }

    private void requireInTreatment(SessionView session, EpisodeId episode) {
        requireInTreatment(session, episodes.facts(episode)
                .orElseThrow(() -> new NotFoundException("There is no episode of care " + episode + ".")));
    }

    /**
     * Issue 7: attendance belongs to days in treatment. After a discharge only the days up to the last day of treatment
     * may still be recorded or corrected; a waitlisted or cancelled episode takes none.
     */
    private static void requireInTreatment(SessionView session, EpisodeFacts episode) {
        if (!episode.inTreatmentOn(session.day())) {
            String why = episode.dischargedOn() != null
                    ? "the client was discharged on " + episode.dischargedOn().format(DAY) + " and "
                            + Bookings.describe(session) + " is after their last day of treatment"
                    : "the client's episode of care is " + episode.status().name().toLowerCase(Locale.ROOT)
                            + ", not in treatment on " + session.day().format(DAY);
            throw InvalidRequestException.forField("episodeId", "No attendance can be recorded: " + why
                    + "; nothing was saved.");
        }
    }

    private EpisodeFacts episodeOf(CheckIn checkIn) {
        if (checkIn.episode() != null) {
            return episodes.facts(checkIn.episode())
                    .orElseThrow(() -> new NotFoundException("There is no episode of care " + checkIn.episode() + "."));
        }
        ClientId client = Objects.requireNonNull(checkIn.client());
        if (registry.find(client).isEmpty()) {
            throw new NotFoundException("There is no client with id " + client + ".");
        }
        Optional<EpisodeId> current = episodes.current(client);
        if (current.isPresent()) {
            return episodes.facts(current.get()).orElseThrow();
        }
        // Issue 7: a former client is answered with their discharge (requireInTreatment), not as one never admitted.
        return episodes.factsOf(client).stream().filter(e -> e.dischargedOn() != null).findFirst()
                .orElseThrow(() -> InvalidRequestException.forField("clientId",
                        "This client has no current episode of care: admit them before checking them in."));
    }

    /** The status, once the request names exactly one of episode and client. */
    private static AttendanceStatus checked(CheckIn checkIn) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (checkIn.episode() == null && checkIn.client() == null) {
            errors.put("episodeId", "Say who is checked in: send episodeId or clientId.");
        } else if (checkIn.episode() != null && checkIn.client() != null) {
            errors.put("episodeId", "Send episodeId or clientId, not both.");
        }
        if (checkIn.status() == null) {
            errors.put("status", "Choose the attendance: one of " + AttendanceStatus.names() + ".");
        }
        if (checkIn.version() != null && checkIn.version() < 0) {
            errors.put("version", "A version is 0 or more.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join(" ", errors.values()), errors);
        }
        return Objects.requireNonNull(checkIn.status());
    }

    private static SessionAttended event(AttendanceRecord r, boolean correction) {
        return new SessionAttended(r.id(), r.session(), r.client(), r.episode(), r.status(), r.minutesAttended(),
                r.attendedHours(), correction, r.recordedBy(), r.recordedAt());
    }
}
