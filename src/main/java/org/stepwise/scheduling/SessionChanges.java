package org.stepwise.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.scheduling.internal.BlockRules;
import org.stepwise.scheduling.internal.Facilitators;
import org.stepwise.scheduling.internal.NoticeStore;
import org.stepwise.scheduling.internal.PlanningLock;
import org.stepwise.scheduling.internal.SessionChangeStore;
import org.stepwise.scheduling.internal.SessionStore;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Room;
import org.stepwise.staff.TrackPeriod;

/**
 * One-off changes to a dated session: cancel it (a holiday, an illness), let someone else facilitate, move it to
 * another room or time. Each change is checked like a template block (no double booking of facilitator, room or a
 * booked client; the room seats the cap), guarded by the session's version, and told to everyone booked and to the
 * facilitators concerned with a {@link SessionNotice}; then {@link SessionChanged} is published. Asking for what the
 * session already is changes nothing (a double click, a retry).
 */
@Service
public class SessionChanges {

    public static final int MAX_REASON = 300;
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMM HH:mm", Locale.ENGLISH);

    private final SessionStore sessions;
    private final SessionChangeStore changes;
    private final NoticeStore notices;
    private final Organisation organisation;
    private final Facilitators facilitators;
    private final PlanningLock lock;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionChanges(SessionStore sessions, SessionChangeStore changes, NoticeStore notices, Organisation organisation,
            Facilitators facilitators, PlanningLock lock, CurrentUser currentUser, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.changes = changes;
        this.notices = notices;
        this.organisation = organisation;
        this.facilitators = facilitators;
        this.lock = lock;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Cancels the session with a reason everyone booked is told.
     *
     * @throws InvalidRequestException a missing, over-long or non-plain reason ({@code reason}); a session that has started
     * @throws ConflictException when someone else changed the session after it was opened
     */
    @Transactional
    public SessionView cancel(SessionId id, int version, @Nullable String reason) {
        SessionView session = open(id);
        if (session.cancelled()) {
            return session;
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw InvalidRequestException.forField("reason", "Say why the session is cancelled (1 to " + MAX_REASON
                    + " characters), such as \"public holiday\" or \"facilitator ill\".");
        }
        if (TAG.matcher(text).find()) {
            throw InvalidRequestException.forField("reason", "Write the reason as plain text, without anything that "
                    + "looks like an HTML tag.");
        }
        upcoming(session);
        save(changes.cancel(id, version, text));
        String message = when(session) + " " + session.title() + " is cancelled (" + text + ")";
        return told(session, SessionChange.CANCELLED, message, List.of(session.facilitator()));
    }

    /**
     * Lets another facilitator run the session.
     *
     * @throws InvalidRequestException ({@code facilitator}) someone who cannot facilitate, or is busy at that time
     */
    @Transactional
    public SessionView substitute(SessionId id, int version, @Nullable UUID facilitator) {
        SessionView session = open(id);
        if (facilitator != null && session.facilitator().value().equals(facilitator)) {
            return session;
        }
        changeable(session);
        facilitators.problem(facilitator).ifPresent(p -> {
            throw InvalidRequestException.forField("facilitator", p);
        });
        StaffId next = new StaffId(Objects.requireNonNull(facilitator));
        changes.clashes(next, null, session.startsAt(), session.endsAt(), id).stream().findFirst().ifPresent(c -> {
            throw InvalidRequestException.forField("facilitator", facilitators.name(next)
                    + " already facilitates " + Bookings.describe(c) + " at that time.");
        });
        save(changes.facilitator(id, version, next));
        String message = when(session) + " " + session.title() + ": " + facilitators.name(next)
                + " facilitates instead of " + session.facilitatorName();
        return told(session, SessionChange.FACILITATOR, message, List.of(session.facilitator(), next));
    }

    /**
     * Moves the session to another room at its site.
     *
     * @throws InvalidRequestException ({@code room}) no such room, another site, too small for the cap, or taken then
     */
    @Transactional
    public SessionView changeRoom(SessionId id, int version, @Nullable UUID roomId) {
        SessionView session = open(id);
        if (roomId != null && session.room() != null && session.room().value().equals(roomId)) {
            return session;
        }
        changeable(session);
        Room room = roomFor(session, roomId);
        changes.clashes(null, room.id(), session.startsAt(), session.endsAt(), id).stream()
                .filter(c -> room.id().equals(c.room())).findFirst().ifPresent(c -> {
                    throw InvalidRequestException.forField("room", room.name() + " is taken by "
                            + Bookings.describe(c) + " at that time.");
                });
        save(changes.room(id, version, room.id()));
        String message = when(session) + " " + session.title() + " moved to " + room.name();
        return told(session, SessionChange.ROOM, message, List.of(session.facilitator()));
    }

    /**
     * Moves the session to another date or start time (its length stays).
     *
     * @throws InvalidRequestException ({@code date}, {@code startsAt}) a time in the past, off the quarter hour,
     *     outside the track's part of the day, or when the facilitator, the room or a booked client is busy
     */
    @Transactional
    public SessionView move(SessionId id, int version, @Nullable LocalDate date, @Nullable LocalTime start) {
        SessionView session = open(id);
        if (date != null && start != null && session.localStart().equals(date.atTime(start))) {
            return session;
        }
        changeable(session);
        if (date == null) {
            throw InvalidRequestException.forField("date", "Enter the new date.");
        }
        if (!session.week().contains(date)) {
            // A generated session belongs to its week: moved out of it, regenerating the week would bring it back.
            throw InvalidRequestException.forField("date", "Move the session within its week (" + session.week()
                    + ", " + session.week().monday() + " to " + session.week().sunday() + "); for another week, "
                    + "cancel it and book another session.");
        }
        TrackPeriod period = session.track() == null ? null : organisation.track(session.track()).period();
        BlockRules.startProblem(start, session.minutes(), period).ifPresent(p -> {
            throw InvalidRequestException.forField("startsAt", p);
        });
        LocalDateTime localStart = date.atTime(Objects.requireNonNull(start));
        ZoneId zone = ZoneId.of(session.siteTimezone());
        Instant starts = localStart.atZone(zone).toInstant();
        Instant ends = localStart.plusMinutes(session.minutes()).atZone(zone).toInstant();
        if (!starts.isAfter(clock.instant())) {
            throw InvalidRequestException.forField("date", "Choose a time still to come.");
        }
        for (SessionView clash : changes.clashes(session.facilitator(), session.room(), starts, ends, id)) {
            if (clash.facilitator().equals(session.facilitator())) {
                throw InvalidRequestException.forField("startsAt", session.facilitatorName() + " already facilitates "
                        + Bookings.describe(clash) + " at that time.");
            }
            throw InvalidRequestException.forField("startsAt", session.roomName() + " is taken by "
                    + Bookings.describe(clash) + " at that time.");
        }
        for (BookedClient client : sessions.roster(id)) {
            sessions.overlappingBookings(client.client(), id, starts, ends).stream().findFirst().ifPresent(c -> {
                throw InvalidRequestException.forField("startsAt", client.displayName() + " is booked into "
                        + Bookings.describe(c) + " at that time.");
            });
        }
        save(changes.time(id, version, starts, ends, IsoWeek.containing(date).monday()));
        String message = when(session) + " " + session.title() + " moved to " + localStart.format(WHEN);
        return told(session, SessionChange.TIME, message, List.of(session.facilitator()));
    }

    // ----- the steps every change takes

    /** Takes the planning lock (clash checks of two planners one after the other), then the session's row. */
    private SessionView open(SessionId id) {
        lock.acquire();
        return sessions.lock(id).orElseThrow(() -> new NotFoundException("There is no such session."));
    }

    private void changeable(SessionView session) {
        if (session.cancelled()) {
            throw new InvalidRequestException("This session was cancelled (" + session.cancelReason()
                    + "); it can no longer be changed.");
        }
        upcoming(session);
    }

    private void upcoming(SessionView session) {
        if (!session.startsAt().isAfter(clock.instant())) {
            throw new InvalidRequestException("This session has started or is over; only sessions still to come can be "
                    + "changed.");
        }
    }

    private Room roomFor(SessionView session, @Nullable UUID roomId) {
        Supplier<InvalidRequestException> none = () -> InvalidRequestException.forField("room", "Choose the room.");
        if (roomId == null) {
            throw none.get();
        }
        Room room;
        try {
            room = organisation.room(new RoomId(roomId));
        } catch (NotFoundException e) {
            throw InvalidRequestException.forField("room", "There is no such room.");
        }
        if (!room.site().equals(session.site())) {
            throw InvalidRequestException.forField("room", room.name() + " is at another site; choose a room at "
                    + session.siteName() + ".");
        }
        if (room.capacity() < session.cap()) {
            throw InvalidRequestException.forField("room", room.name() + " seats " + room.capacity() + "; this "
                    + "session's cap is " + session.cap() + ".");
        }
        return room;
    }

    private static void save(boolean saved) {
        if (!saved) {
            throw new ConflictException("Someone else changed this session after you opened it. Look at it again, "
                    + "then reapply your change.");
        }
    }

    /** Sends the notice to everyone booked and to the facilitators concerned, audits it and publishes the event. */
    private SessionView told(SessionView before, SessionChange change, String message, List<StaffId> staff) {
        Instant now = clock.instant();
        String by = currentUser.get().map(StepwiseUser::username).orElse("system");
        List<ClientId> clients = new ArrayList<>();
        for (BookedClient booked : sessions.roster(before.id())) {
            notices.insert(before.id(), booked.client(), null, message, now, by);
            audit.record(AuditAction.CREATE, booked.client(), "session notice", message);
            clients.add(booked.client());
        }
        List<StaffId> staffTold = List.copyOf(new LinkedHashSet<>(staff));
        staffTold.forEach(member -> notices.insert(before.id(), null, member, message, now, by));
        audit.record(AuditAction.UPDATE, null, "session " + before.id(), message + "; " + clients.size()
                + " client(s) told");
        events.publishEvent(new SessionChanged(before.id(), change, message, clients, staffTold, now));
        return sessions.find(before.id()).orElseThrow();
    }

    private static String when(SessionView session) {
        return session.localStart().format(WHEN);
    }
}
