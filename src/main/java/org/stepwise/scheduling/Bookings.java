package org.stepwise.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.scheduling.internal.BookingChecks;
import org.stepwise.scheduling.internal.SessionStore;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/**
 * Booking a client into a session. Each booking locks the session row, so that two people booking (or checking in)
 * the last seat at once cannot both get it: the second is told the group is full.
 */
@Service
public class Bookings {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final SessionStore store;
    private final EpisodeRecords episodes;
    private final BookingChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    Bookings(SessionStore store, EpisodeRecords episodes, BookingChecks checks, AuditLog audit, Clock clock) {
        this.store = store;
        this.episodes = episodes;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Books the episode's client into the session, or returns the booking they already hold (booking twice is not an
     * error: a double click, a retry).
     *
     * @throws NotFoundException no such session or episode
     * @throws InvalidRequestException the episode is not admitted, or the session was cancelled
     * @throws ConflictException the session is full, or the client is booked elsewhere at that time; for a person's or
     *     the optimizer's booking also outside the client's availability or above 19 counted hours that week
     *     ({@link BookingRules}; a walk-in at check-in is there already, so those two do not apply to it)
     */
    @Transactional
    public UUID book(SessionId sessionId, EpisodeId episodeId, BookingSource source, String by) {
        EpisodeView episode = episodes.episode(episodeId);
        if (episode.status() != EpisodeStatus.ADMITTED) {
            throw new InvalidRequestException("Only an admitted client can be booked; this episode is "
                    + episode.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        SessionView session = store.lock(sessionId)
                .orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
        var existing = store.liveBooking(sessionId, episode.client());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (session.cancelled()) {
            throw new InvalidRequestException(describe(session) + " was cancelled (" + session.cancelReason() + ").");
        }
        if (session.full()) {
            throw new ConflictException(describe(session) + " is full (" + session.booked() + " of " + session.cap()
                    + "). Choose another session or raise its cap.");
        }
        var clash = store.overlappingBookings(episode.client(), sessionId, session.startsAt(), session.endsAt());
        if (!clash.isEmpty()) {
            throw new ConflictException("The client is already booked into " + describe(clash.getFirst())
                    + " at that time.");
        }
        if (source != BookingSource.CHECK_IN) {
            var refusals = checks.refusals(session, episodeId, episode.client());
            if (!refusals.isEmpty()) {
                throw new ConflictException(String.join(" ", refusals));
            }
        }
        UUID booking = store.insertBooking(sessionId, episode.client(), episodeId, source, by, clock.instant());
        audit.record(AuditAction.CREATE, episode.client(), "booking", describe(session) + " (" + source + ")");
        return booking;
    }

    /** A seat of a plan: the session, the client and the episode they come under. */
    public record PlannedSeat(SessionId session, ClientId client, EpisodeId episode) {}

    /**
     * Locks the sessions a plan books into, together, before the week is read and the plan checked against it (the
     * optimizer's {@code ScheduleRules}), so that nobody books, checks in or cancels in them until the plan is booked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForPlan(Collection<SessionId> sessions) {
        store.lockAll(sessions);
    }

    /**
     * Books a plan's seats at once, in the transaction that locked their group sessions ({@link #lockForPlan}) and
     * checked the whole plan against the week as it was then: availability, the weekly ceiling, clashes and seats left
     * are the plan check's, not repeated here seat by seat. A session cancelled or full all the same is refused as
     * {@link #book} refuses it. One insert for all the bookings and, as {@link #book}, an audit row per booking.
     *
     * @throws InvalidRequestException a session was cancelled
     * @throws ConflictException a session has fewer seats left than the plan books into it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bookPlan(List<PlannedSeat> seats, BookingSource source, String by) {
        Map<SessionId, SessionView> sessions = store.lockAll(seats.stream().map(PlannedSeat::session).toList())
                .stream().collect(Collectors.toMap(SessionView::id, Function.identity()));
        Map<SessionId, Integer> added = new HashMap<>();
        seats.forEach(seat -> added.merge(seat.session(), 1, Integer::sum));
        added.forEach((id, count) -> {
            SessionView session = sessions.get(id);
            if (session == null) {
                throw new NotFoundException("No session " + id + ".");
            }
            if (session.cancelled()) {
                throw new InvalidRequestException(describe(session) + " was cancelled (" + session.cancelReason() + ").");
            }
            if (session.booked() + count > session.cap()) {
                throw new ConflictException(describe(session) + " is full (" + session.booked() + " of " + session.cap()
                        + "). Choose another session or raise its cap.");
            }
        });
        Instant at = clock.instant();
        store.insertBookings(seats.stream().map(s -> new SessionStore.NewBooking(s.session(), s.client(), s.episode()))
                .toList(), source, by, at);
        for (PlannedSeat seat : seats) {
            audit.record(AuditAction.CREATE, seat.client(), "booking",
                    describe(sessions.get(seat.session())) + " (" + source + ")");
        }
    }

    /** Cancels the client's booking in the session; false when they held none. */
    @Transactional
    public boolean cancel(SessionId sessionId, EpisodeId episodeId) {
        EpisodeView episode = episodes.episode(episodeId);
        SessionView session = store.lock(sessionId)
                .orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
        boolean cancelled = store.cancelBooking(sessionId, episode.client(), clock.instant());
        if (cancelled) {
            audit.record(AuditAction.UPDATE, episode.client(), "booking", describe(session) + " cancelled");
        }
        return cancelled;
    }

    /** "Tue 24 Nov 10:00 Group therapy: coping skills". */
    public static String describe(SessionView session) {
        return session.localStart().format(WHEN) + " " + session.title();
    }
}
