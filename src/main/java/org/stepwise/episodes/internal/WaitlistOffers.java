package org.stepwise.episodes.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stepwise.episodes.PlaceOffered;
import org.stepwise.shared.TrackId;

/**
 * Issue 7: offers a track's free places to the clients waiting longest. A place is free when the track's admitted
 * clients and the offers still open are fewer than its capacity; each free place goes to the first waiting client who
 * has no offer yet. The caller holds the track's lock and passes the locked row, so it is not read (and locked) again.
 */
@Component
public class WaitlistOffers {

    private final EpisodeStore episodes;
    private final WaitlistStore waitlists;

    WaitlistOffers(EpisodeStore episodes, WaitlistStore waitlists) {
        this.episodes = episodes;
        this.waitlists = waitlists;
    }

    /** Makes the offers and returns one event per offer, for the caller to publish. */
    public List<PlaceOffered> offerFreePlaces(EpisodeStore.LockedTrack locked, LocalDate startsOn, Instant at) {
        TrackId track = locked.id();
        int capacity = locked.capacity();
        List<WaitlistStore.Entry> waiting = waitlists.waiting(track);
        long openOffers = waiting.stream().filter(e -> e.offeredStart() != null).count();
        long free = capacity - episodes.countAdmitted(track) - openOffers;
        List<PlaceOffered> offered = new ArrayList<>();
        for (WaitlistStore.Entry entry : waiting) {
            if (offered.size() >= free) {
                break;
            }
            if (entry.offeredStart() == null) {
                LocalDate start = entry.requestedOn().isAfter(startsOn) ? entry.requestedOn() : startsOn;
                waitlists.offer(entry.id(), start, at);
                offered.add(new PlaceOffered(entry.id(), entry.episode().value(), entry.client().value(),
                        track.value(), start));
            }
        }
        return offered;
    }
}
