package org.stepwise.scheduling.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.BookingRules;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.ClientId;

/**
 * Gathers what {@link BookingRules} judges a booking by (the client's availability and the hours they are already
 * booked for that week) and returns its refusals.
 */
@Component
public class BookingChecks {

    private final AvailabilityStore availability;
    private final SessionStore sessions;
    private final ClientRegistry clients;

    BookingChecks(AvailabilityStore availability, SessionStore sessions, ClientRegistry clients) {
        this.availability = availability;
        this.sessions = sessions;
        this.clients = clients;
    }

    /** Why the episode's client may not be booked into the session; empty when they may. */
    public List<String> refusals(SessionView session, EpisodeId episode, ClientId client) {
        BigDecimal booked = sessions.bookedBy(client, session.week()).stream()
                .filter(s -> !s.cancelled() && !s.id().equals(session.id()))
                .map(SessionView::countedHours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String name = clients.find(client).map(ClientSummary::displayName).orElse("The client");
        return BookingRules.refusals(name, availability.find(episode).orElse(null), BookingRules.Slot.of(session),
                booked);
    }
}
