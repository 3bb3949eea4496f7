package org.stepwise.episodes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;

/** Who is in a track and who is waiting for it. */
public record TrackRoster(TrackOccupancy track, List<Member> admitted, List<Waiting> waitlist) {

    public TrackRoster {
        admitted = List.copyOf(admitted);
        waitlist = List.copyOf(waitlist);
    }

    /** An admitted client. */
    public record Member(EpisodeId episode, ClientId client, String name, String recordNumber, LocalDate admittedOn,
            LocalDate plannedEnd, BigDecimal weeklyHours) {}

    /**
     * A client on the waitlist; {@code expectedStart} is empty when no current episode ends early enough to tell.
     *
     * @param offeredStart issue 7: a place came free and is held for this client from this day (null: no offer yet)
     */
    public record Waiting(UUID entry, EpisodeId episode, ClientId client, String name, String recordNumber,
            int position, LocalDate requestedOn, @Nullable LocalDate expectedStart, int version,
            @Nullable LocalDate offeredStart) {}

    /** A track with its program, capacity and how full it is. */
    public record TrackOccupancy(TrackId id, String name, String period, String programName, int capacity,
            int admitted, int waiting, BigDecimal defaultWeeklyHours, int defaultLengthDays) {

        public int free() {
            return Math.max(0, capacity - admitted);
        }
    }
}
