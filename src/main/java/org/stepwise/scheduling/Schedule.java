package org.stepwise.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.scheduling.internal.SessionStore;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;

/** Reading the schedule (named apart from security's login sessions): sessions by week, by facilitator, by client, and who is booked into each. */
@Service
@Transactional(readOnly = true)
public class Schedule {

    private final SessionStore store;

    Schedule(SessionStore store) {
        this.store = store;
    }

    public Optional<SessionView> find(SessionId id) {
        return store.find(id);
    }

    /** The sessions with these ids that exist, in start order: one query for the set. */
    public List<SessionView> findAll(Collection<SessionId> ids) {
        return store.findAll(ids);
    }

    /** Every site's sessions starting from {@code from} up to (not including) {@code to}, in start order. */
    public List<SessionView> startingBetween(Instant from, Instant to) {
        return store.startingBetween(from, to);
    }

    /** @throws NotFoundException when there is no such session */
    public SessionView get(SessionId id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No session " + id + "."));
    }

    /** A week's sessions in start order, at one site or (null) everywhere. */
    public List<SessionView> week(IsoWeek week, @Nullable SiteId site) {
        return store.forWeek(week, site);
    }

    public List<SessionView> facilitatedBy(StaffId staff, Instant from, Instant to) {
        return store.ofFacilitator(staff, from, to);
    }

    /** The sessions a client is booked into during a week, in start order (cancelled sessions included, marked). */
    public List<SessionView> bookedBy(ClientId client, IsoWeek week) {
        return store.bookedBy(client, week);
    }

    public List<SessionView> bookedBy(ClientId client, Instant from, Instant to) {
        return store.bookedBy(client, from, to);
    }

    /** Who is booked into a session, by family name. */
    public List<BookedClient> roster(SessionId session) {
        return store.roster(session);
    }
}
