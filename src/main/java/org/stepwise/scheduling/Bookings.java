package org.stepwise.scheduling;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
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
